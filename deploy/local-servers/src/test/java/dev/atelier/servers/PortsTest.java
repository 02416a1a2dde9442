package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
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
}
