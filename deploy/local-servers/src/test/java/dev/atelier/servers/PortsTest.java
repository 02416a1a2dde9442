package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void reads_the_owner_from_ss_output() {
        var owner = Ports.parseSsOwner(
                "LISTEN 0      244        127.0.0.1:5432      0.0.0.0:*    users:((\"postgres\",pid=6476,fd=5))");
        assertThat(owner).contains(new Ports.Owner("postgres", 6476));
        assertThat(Ports.parseSsOwner("")).isEmpty();
        assertThat(Ports.parseSsOwner(null)).isEmpty();
    }

    @Test
    void a_taken_port_is_seen_and_its_owner_named() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(Ports.LOOPBACK))) {
            int port = socket.getLocalPort();
            assertThat(Ports.isListening(port)).isTrue();
            assertThat(Ports.taken("Kafka", port, "ATELIER_KAFKA_PORT").getMessage())
                    .contains("port " + port + " on 127.0.0.1 is taken by")
                    .contains("ATELIER_KAFKA_PORT");
            if (Command.onPath("ss") != null) {
                assertThat(Ports.ownerPid(port)).contains(ProcessHandle.current().pid());
            }
        }
    }

    @Test
    void a_free_port_is_free() {
        assertThat(Ports.isListening(Ports.freePort())).isFalse();
    }

    @Test
    void free_ports_asked_for_together_are_all_different_and_free() {
        for (int round = 0; round < 50; round++) {
            List<Integer> ports = Ports.freePorts(4);

            assertThat(ports).hasSize(4).doesNotHaveDuplicates();
            assertThat(ports).noneMatch(Ports::isListening);
        }
    }

    @Test
    void ports_for_later_are_different_lie_below_the_ephemeral_range_and_can_be_bound() throws Exception {
        for (int round = 0; round < 20; round++) {
            List<Integer> ports = Ports.freePortsForLater(3);

            assertThat(ports).hasSize(3).doesNotHaveDuplicates()
                    .allSatisfy(port -> assertThat(port).isBetween(1024, Ports.ephemeralLow() - 1));
            for (int port : ports) {
                try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(Ports.LOOPBACK))) {
                    assertThat(socket.getLocalPort()).isEqualTo(port);
                }
            }
        }
    }

    @Test
    void the_ephemeral_range_is_read_from_the_kernel_setting() {
        assertThat(Ports.parseEphemeralLow("32768\t60999")).isEqualTo(32768);
        assertThat(Ports.parseEphemeralLow("40000 65000")).isEqualTo(40000);
        assertThat(Ports.parseEphemeralLow("1024 65000")).as("too low to leave room below").isEqualTo(32768);
    }
}
