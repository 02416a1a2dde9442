package dev.atelier.order.orders.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.atelier.order.OrderApiTest;
import dev.atelier.order.TopicRecords;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What order-service really published, read back from the broker as another shop system would,
 * fits the contract in {@code docs/events}: the envelope, the data schema of its type and the
 * Kafka headers schema, both as published and closed (so a field the schemas do not name fails).
 */
class PublishedOrderEventsContractTest extends OrderApiTest {

    private static final Path SCHEMAS = Path.of("..", "docs", "events", "schemas");
    private static final String SCHEMA_ID_BASE = "https://atelier.dev/events/schemas/";
    private static final JsonMapper TREES =
            JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void order_created_status_changed_and_cancelled_as_published_fit_the_schemas() {
        UUID stockOrder = createOrder(UUID.randomUUID());
        Map<String, Object> customWork = orderJson(UUID.randomUUID());
        customWork.put("items", List.of(Map.of("description", "Hand-beaded bodice", "quantity", 1.5)));
        String customOrder = (String) create(customWork).get("id");
        for (String status : List.of("IN_PROGRESS", "CANCELLED")) {
            http.patch().uri("/api/orders/{id}/status", customOrder).headers(h -> h.setBearerAuth(leadToken()))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", status, "note", "contract"))
                    .exchange().expectStatus().isOk();
        }

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKeys(
                TestInfrastructure.kafka().bootstrapServers(), Topics.ORDER_EVENTS,
                Set.of(stockOrder.toString(), customOrder), 4, Duration.ofSeconds(60));

        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactlyInAnyOrder(
                "order.created", "order.created", "order.status-changed", "order.cancelled");
        for (boolean closed : List.of(false, true)) {
            SchemaRegistry schemas = registry(closed);
            for (ConsumerRecord<String, byte[]> record : records) {
                JsonNode value = TREES.readTree(new String(record.value(), StandardCharsets.UTF_8));
                String type = value.get("type").asString();
                String what = type + (closed ? " (closed schemas)" : "") + ": " + value;
                assertValid(schemas, "envelope.schema.json", value, what);
                assertValid(schemas, type + ".schema.json", value.get("data"), what);
                assertValid(schemas, "kafka-headers.schema.json", TREES.valueToTree(headers(record)), what);
                assertThat(record.key()).isEqualTo(value.get("subject").asString());
            }
        }
    }

    private static void assertValid(SchemaRegistry registry, String schemaFile, JsonNode instance, String what) {
        List<Error> errors = registry.getSchema(SchemaLocation.of(SCHEMA_ID_BASE + schemaFile)).validate(instance);
        assertThat(errors).as("%s against %s", what, schemaFile).isEmpty();
    }

    private static SchemaRegistry registry(boolean closed) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(id -> id.startsWith(SCHEMA_ID_BASE)
                        ? schemaFile(SCHEMAS.resolve(id.substring(SCHEMA_ID_BASE.length())), closed)
                        : null));
    }

    private static String schemaFile(Path file, boolean closed) {
        try {
            String text = Files.readString(file);
            if (!closed) {
                return text;
            }
            JsonNode schema = TREES.readTree(text);
            close(schema);
            return schema.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every object schema that names its properties admits no others. */
    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode object && object.path("type").isString()
                && "object".equals(object.get("type").stringValue()) && object.has("properties")) {
            object.put("additionalProperties", false);
        }
        if (schema instanceof ObjectNode || schema instanceof ArrayNode) {
            for (JsonNode child : schema) {
                close(child);
            }
        }
    }

    private static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
