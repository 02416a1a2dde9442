package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KafkaServerTest {

    @Test
    void one_node_is_broker_and_controller_on_loopback_with_replication_factor_one() {
        String properties = KafkaServer.serverProperties(9092, 9093, Path.of("/data/kafka"), 3);

        assertThat(properties.lines()).contains(
                "process.roles=broker,controller",
                "controller.quorum.voters=1@127.0.0.1:9093",
                "listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093",
                "advertised.listeners=PLAINTEXT://127.0.0.1:9092",
                "log.dirs=/data/kafka",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "default.replication.factor=1");
        assertThat(properties).doesNotContain("0.0.0.0");
    }

    @Test
    void a_cluster_id_is_sixteen_random_bytes_in_url_safe_base64() {
        String id = KafkaServer.newClusterId();
        assertThat(id).hasSize(22).matches("[A-Za-z0-9_-]{22}");
        assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
        assertThat(KafkaServer.newClusterId()).isNotEqualTo(id);
    }

    @Test
    void a_cluster_id_never_starts_with_a_dash_which_the_storage_tool_would_take_for_an_option() {
        // One id in 64 would start with '-' if nothing prevented it; 2,000 tries miss that with odds of about e^-31.
        for (int i = 0; i < 2_000; i++) {
            assertThat(KafkaServer.newClusterId()).doesNotStartWith("-").hasSize(22);
        }
    }

    @Test
    void the_probe_speaks_api_versions_and_recognises_the_answer() {
        ByteBuffer request = ByteBuffer.wrap(KafkaProbe.apiVersionsRequest());
        assertThat(request.getInt()).isEqualTo(request.capacity() - 4);
        assertThat(request.getShort()).isEqualTo((short) 18);
        int correlationId = request.getShort() == 0 ? request.getInt() : -1;

        byte[] ok = ByteBuffer.allocate(6).putInt(correlationId).putShort((short) 0).array();
        byte[] otherCorrelation = ByteBuffer.allocate(6).putInt(correlationId + 1).putShort((short) 0).array();
        byte[] error = ByteBuffer.allocate(6).putInt(correlationId).putShort((short) 7).array();
        assertThat(KafkaProbe.isApiVersionsResponse(ok)).isTrue();
        assertThat(KafkaProbe.isApiVersionsResponse(otherCorrelation)).isFalse();
        assertThat(KafkaProbe.isApiVersionsResponse(error)).isFalse();
    }
}
