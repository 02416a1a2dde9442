package dev.atelier.platform.test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published event contract ({@code docs/events/schemas}) as a check of real Kafka records:
 * the value against the envelope schema and its type's data schema, the headers against the
 * headers schema, the key against the subject. {@link #closed()} also refuses any field the
 * schemas do not name, so the schemas cannot fall behind what the code writes.
 */
public final class EventContract {

    /** The repository's {@code docs/events/schemas}, seen from a module directory (where Surefire runs). */
    public static final Path SCHEMAS = Path.of("..", "docs", "events", "schemas");

    private static final String SCHEMA_ID_BASE = "https://atelier.dev/events/schemas/";
    private static final JsonMapper TREES =
            JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final SchemaRegistry registry;
    private final String name;

    private EventContract(boolean closed) {
        this.name = closed ? "closed schemas" : "published schemas";
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                // format (uuid, date-time) only annotates in 2020-12 unless asked to assert
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(id -> id.startsWith(SCHEMA_ID_BASE)
                        ? schemaFile(SCHEMAS.resolve(id.substring(SCHEMA_ID_BASE.length())), closed)
                        : null));
    }

    /** The schemas as published: open to fields added later. */
    public static EventContract published() {
        return new EventContract(false);
    }

    /** The same schemas with {@code additionalProperties: false} on every object that names its properties. */
    public static EventContract closed() {
        return new EventContract(true);
    }

    /** The schemas themselves, for tests of the contract (its meta-schema, single schema files). */
    public SchemaRegistry registry() {
        return registry;
    }

    /** The schema of one file in {@code docs/events/schemas}, e.g. {@code envelope.schema.json}. */
    public Schema schema(String schemaFile) {
        return registry.getSchema(SchemaLocation.of(SCHEMA_ID_BASE + schemaFile));
    }

    /** What is wrong with the record against the contract; empty when it fits. */
    public List<String> problems(ConsumerRecord<String, byte[]> record) {
        JsonNode value = TREES.readTree(new String(record.value(), StandardCharsets.UTF_8));
        String type = value.path("type").asString();
        List<String> problems = new ArrayList<>();
        check(problems, "envelope.schema.json", value);
        check(problems, type + ".schema.json", value.path("data"));
        check(problems, "kafka-headers.schema.json", TREES.valueToTree(headers(record)));
        if (!value.path("subject").asString().equals(record.key())) {
            problems.add("key " + record.key() + " is not the subject " + value.path("subject").asString());
        }
        return problems.stream().map(problem -> type + " (" + name + "): " + problem).toList();
    }

    /** Fails with every problem of the record and the record itself. */
    public void assertFits(ConsumerRecord<String, byte[]> record) {
        List<String> problems = problems(record);
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems) + "\nrecord: "
                    + new String(record.value(), StandardCharsets.UTF_8) + " headers " + headers(record));
        }
    }

    private void check(List<String> problems, String schemaFile, JsonNode instance) {
        // As text: the validator (2.x, shared with the OpenAPI validator) reads Jackson 2 trees, the suite writes Jackson 3.
        List<Error> errors = schema(schemaFile).validate(instance.toString(), InputFormat.JSON);
        errors.forEach(error -> problems.add(schemaFile + ": " + error));
    }

    private static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
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

    private static void close(JsonNode schema) {
        // "type" may be a list of types: only a plain "object" is closed.
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
}
