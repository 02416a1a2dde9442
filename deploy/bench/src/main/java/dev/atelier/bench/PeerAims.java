package dev.atelier.bench;

import dev.atelier.load.Figures;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * The performance aims stated as ratios to the peers measured in the same run: each line says met, not
 * met with the ratio, or that the peer was not running.
 */
final class PeerAims {

    static final double GATEWAY_OVER_PETCLINIC_GATEWAY = 1.5;
    static final double GATEWAY_OVER_SEED_READ = 1.25;
    static final double DIRECT_OVER_PETCLINIC_DIRECT = 0.5;
    static final double CREATES_OVER_SEED_CREATES = 1.0;

    private final Map<Peers.Peer, Figures> peers;
    private final PrintStream out;

    PeerAims(Map<Peers.Peer, Figures> peers, PrintStream out) {
        this.peers = peers;
        this.out = out;
    }

    void print(Figures gatewayRead, Figures directRead, Figures creates) {
        ratio("gateway GET ≥ 1.5 × petclinic's gateway", gatewayRead, Peers.PETCLINIC_GATEWAY, GATEWAY_OVER_PETCLINIC_GATEWAY);
        ratio("gateway GET ≥ 1.25 × seed 1's GET", gatewayRead, Peers.SEED_READ, GATEWAY_OVER_SEED_READ);
        ratio("direct GET ≥ 0.5 × petclinic's direct", directRead, Peers.PETCLINIC_DIRECT, DIRECT_OVER_PETCLINIC_DIRECT);
        ratio("creates ≥ seed 1's creates", creates, Peers.SEED_CREATE, CREATES_OVER_SEED_CREATES);
    }

    /** {@code ours / peer ≥ aim}, or a line saying the peer was not measured. */
    void ratio(String what, Figures ours, Peers.Peer peer, double aim) {
        Figures theirs = peers.get(peer);
        if (theirs == null || theirs.perSecond() == 0) {
            out.printf(Locale.ROOT, "  %-42s no figure: the peer was not running%n", what);
            return;
        }
        double ratio = ours.perSecond() / theirs.perSecond();
        out.printf(Locale.ROOT, "  %-42s %s (%.2f ×)%n", what, ratio >= aim ? "met" : "NOT met", ratio);
    }
}
