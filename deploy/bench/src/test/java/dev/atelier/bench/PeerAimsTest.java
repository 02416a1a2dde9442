package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.load.Figures;
import dev.atelier.load.Load;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeerAimsTest {

    private static Figures perSecond(double rate) {
        return new Figures(rate, 1, 2, 3, 100, 0, "");
    }

    private static String printed(Map<Peers.Peer, Figures> peers, Figures gateway, Figures direct, Figures creates) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PeerAims(peers, new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(gateway, direct, creates);
        // the columns' padding aside
        return bytes.toString(StandardCharsets.UTF_8).replaceAll(" +", " ");
    }

    @Test
    void says_met_or_not_with_the_ratio_to_each_peer() {
        String out = printed(Map.of(Peers.PETCLINIC_GATEWAY, perSecond(1000), Peers.SEED_READ, perSecond(800),
                Peers.PETCLINIC_DIRECT, perSecond(5000), Peers.SEED_CREATE, perSecond(360)),
                perSecond(1500), perSecond(2000), perSecond(180));

        assertThat(out).contains("gateway GET ≥ 1.5 × petclinic's gateway met (1.50 ×)")
            .contains("gateway GET ≥ 1.25 × seed 1's GET met (1.88 ×)")
            .contains("direct GET ≥ 0.5 × petclinic's direct NOT met (0.40 ×)")
            .contains("creates ≥ seed 1's creates NOT met (0.50 ×)");
    }

    @Test
    void a_peer_that_was_not_running_gives_no_verdict() {
        String out = printed(Map.of(Peers.SEED_READ, perSecond(800)), perSecond(1500), perSecond(2000), perSecond(180));

        assertThat(out).contains("gateway GET ≥ 1.5 × petclinic's gateway no figure: the peer was not running")
            .contains("gateway GET ≥ 1.25 × seed 1's GET met (1.88 ×)")
            .contains("creates ≥ seed 1's creates no figure: the peer was not running");
    }

    @Test
    void a_peer_that_does_not_answer_is_not_running() {
        Peers.Peer nowhere = new Peers.Peer("nothing", "http://127.0.0.1:1/", Load.Call.get("http://127.0.0.1:1/"));
        assertThat(Peers.running(nowhere)).isFalse();
    }
}
