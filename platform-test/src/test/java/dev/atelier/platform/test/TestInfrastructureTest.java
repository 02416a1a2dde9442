package dev.atelier.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

class TestInfrastructureTest {

    @Test
    void each_purpose_gets_its_own_empty_database_and_the_same_one_on_a_second_ask() throws SQLException {
        PostgresDatabase orders = TestInfrastructure.postgres("orders-it");
        PostgresDatabase customers = TestInfrastructure.postgres("customers-it");

        assertThat(TestInfrastructure.postgres("orders-it")).isEqualTo(orders);
        assertThat(orders.database()).isNotEqualTo(customers.database());

        try (Connection connection = connect(orders)) {
            connection.createStatement().execute("CREATE TABLE probe (id int primary key)");
            connection.createStatement().execute("INSERT INTO probe VALUES (1)");
        }
        try (Connection connection = connect(customers)) {
            assertThatThrownBy(() -> connection.createStatement().executeQuery("SELECT * FROM probe"))
                    .hasMessageContaining("does not exist");
        }
    }

    @Test
    void a_fresh_database_is_never_shared() {
        assertThat(TestInfrastructure.freshPostgres("x").database())
                .isNotEqualTo(TestInfrastructure.freshPostgres("x").database());
    }

    @Test
    void the_kafka_broker_carries_a_record_from_producer_to_consumer() {
        KafkaBroker broker = TestInfrastructure.kafka();
        assertThat(broker.bootstrapServers()).isNotBlank();

        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("infrastructure-probe", "key-1", "hello")).get();
        } catch (Exception e) {
            throw new AssertionError("could not produce to " + broker.bootstrapServers(), e);
        }

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(broker.bootstrapServers(),
                "infrastructure-probe", Set.of("key-1"), seen -> !seen.isEmpty(), Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(records).hasSize(1);
        assertThat(new String(records.getFirst().value(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("hello");
    }

    @Test
    void the_s3_server_keeps_an_object_in_a_bucket_a_test_created_and_checks_credentials() {
        S3Endpoint s3 = TestInfrastructure.s3();
        String bucket = s3.createBucket("infrastructure-probe");
        assertThat(s3.createBucket("infrastructure-probe")).isEqualTo(bucket);

        byte[] content = "pattern".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (S3Client client = s3.client()) {
            client.putObject(put -> put.bucket(bucket).key("a/b.txt").contentType("text/plain"), RequestBody.fromBytes(content));
            assertThat(client.getObjectAsBytes(get -> get.bucket(bucket).key("a/b.txt")).asByteArray()).isEqualTo(content);
        }

        try (S3Client wrongSecret = new S3Endpoint(s3.endpoint(), s3.region(), s3.accessKey(), "wrong").client()) {
            assertThatThrownBy(() -> wrongSecret.getObjectAsBytes(get -> get.bucket(bucket).key("a/b.txt")))
                    .isInstanceOfSatisfying(S3Exception.class, refused -> assertThat(refused.statusCode()).isEqualTo(403));
        }
    }

    @Test
    void redis_keeps_a_value_on_loopback_and_is_shared_by_the_jvm() throws java.io.IOException {
        RedisEndpoint redis = TestInfrastructure.redis();
        assertThat(TestInfrastructure.redis()).isEqualTo(redis);

        try (java.net.Socket socket = new java.net.Socket(redis.host(), redis.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("SET probe pattern\r\nGET probe\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] answer = socket.getInputStream().readNBytes("+OK\r\n$7\r\npattern\r\n".length());
            assertThat(new String(answer, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("+OK\r\n$7\r\npattern\r\n");
        }
    }

    private static Connection connect(PostgresDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
