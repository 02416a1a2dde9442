package dev.atelier.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecificationVersion;
import dev.atelier.platform.test.EventContract;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps the event contracts Atelier publishes for other shop systems ({@code docs/events}) true to
 * the code: every event type, serialised as the outbox publishes it with the {@link CloudEventsJson}
 * services get from Boot's Jackson, fits the envelope, header and data JSON Schemas; the schemas
 * name every field the code writes; every type has a schema and a message in the AsyncAPI document;
 * the published example records are exactly what the code writes.
 *
 * <p>After a deliberate contract change, regenerate the examples with
 * {@code ./mvnw -pl platform -am verify -Dtest=EventContractSchemaTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Datelier.events.write-examples=true} and paste them into {@code docs/events/README.md}.
 */
class EventContractSchemaTest {

    /** The repository's {@code docs/events}, seen from the module directory Surefire runs in. */
    private static final Path EVENTS_DOCS = Path.of("..", "docs", "events");
    private static final Path SCHEMAS = EVENTS_DOCS.resolve("schemas");
    private static final Path EXAMPLES = EVENTS_DOCS.resolve("examples");
    /** The {@code $id} prefix of the schema files; each maps to the file of the same name in {@link #SCHEMAS}. */
    private static final String SCHEMA_ID_BASE = "https://atelier.dev/events/schemas/";
    private static final String ENVELOPE_SCHEMA = "envelope.schema.json";
    private static final String HEADERS_SCHEMA = "kafka-headers.schema.json";
    private static final String TYPES_SCHEMA = "types.schema.json";
    private static final boolean WRITE_EXAMPLES = Boolean.getBoolean("atelier.events.write-examples");

    private static final CloudEventsJson JSON = cloudEventsJsonAsServicesGetIt();
    /** Reads what the code wrote without losing a decimal's digits. */
    private static final JsonMapper TREES =
            JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    /** The schemas as published: open to fields added later. */
    private static final EventContract PUBLISHED = EventContract.published();
    /** The same schemas closed ({@code additionalProperties: false} on every object): a field they do not name fails. */
    private static final EventContract CLOSED = EventContract.closed();

    private static final UUID ORDER = UUID.fromString("3f1c2a9e-8d47-4b6a-9c35-2e7d1f0a6b14");
    private static final UUID CUSTOM_WORK_ORDER = UUID.fromString("9b2e5d70-4a1c-4e3f-8d6b-1f7a2c9e0d35");
    private static final UUID CUSTOMER = UUID.fromString("a7d2e4c1-5b39-4f80-8e16-9c0b3d7f2a58");
    private static final UUID SILK = UUID.fromString("5e9b1d3a-2c47-4f68-b0a1-7d3e9c5f1b22");
    private static final UUID PEARL_BUTTONS = UUID.fromString("c4a8f2e6-1d35-4b79-a9e0-6f2b8d4c3e17");

    /**
     * Realistic events of every type, as order-service and inventory-service would append them; the
     * first of each type is its published example. Fixed ids and times keep the examples stable.
     */
    private static final Map<EventType<?>, List<EventEnvelope<?>>> SAMPLES = samples();

    static Stream<EventType<?>> eventTypes() {
        return EventType.all().stream();
    }

    @Test
    void every_event_type_has_a_data_schema_and_every_data_schema_an_event_type() throws IOException {
        Set<String> documented;
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            documented = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json"))
                    .filter(name -> !Set.of(ENVELOPE_SCHEMA, HEADERS_SCHEMA, TYPES_SCHEMA).contains(name))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(documented).as("data schemas in %s, one per EventType", SCHEMAS)
                .containsExactlyInAnyOrderElementsOf(EventType.all().stream().map(EventType::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_event_type_is_a_message_on_its_topic_in_the_asyncapi_document(EventType<?> type) throws IOException {
        JsonNode asyncapi = new YAMLMapper().readTree(Files.readString(EVENTS_DOCS.resolve("asyncapi.yaml")));

        String channelRef = channelWithAddress(asyncapi, type.topic());
        assertThat(channelWithAddress(asyncapi, Topics.deadLetterTopicOf(type.topic())))
                .as("a channel for the dead-letter topic of %s", type.topic()).isNotNull();
        JsonNode channel = resolve(asyncapi, channelRef);
        String messageRef = null;
        for (Map.Entry<String, JsonNode> reference : channel.path("messages").properties()) {
            JsonNode message = resolve(asyncapi, reference.getValue().path("$ref").asString());
            if (type.name().equals(message.path("name").asString())) {
                messageRef = channelRef + "/messages/" + reference.getKey();
                assertThat(message.path("payload").toString()).as("payload of message %s", type)
                        .contains("schemas/" + type.name() + ".schema.json")
                        .contains("\"const\":\"" + type.name() + "\"");
                assertThat(message.path("examples").toString()).as("examples of message %s", type)
                        .contains("examples/" + type.name() + ".json");
            }
        }
        assertThat(messageRef).as("a message named %s on channel %s (%s)", type, channelRef, type.topic()).isNotNull();
        boolean sent = false;
        for (JsonNode operation : asyncapi.path("operations")) {
            sent |= "send".equals(operation.path("action").asString())
                    && channelRef.equals(operation.path("channel").path("$ref").asString())
                    && operation.path("messages").toString().contains("\"" + messageRef + "\"");
        }
        assertThat(sent).as("a send operation of %s", messageRef).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_event_as_the_outbox_publishes_it_fits_the_published_schemas(EventType<?> type) {
        for (EventEnvelope<?> sample : samplesOf(type)) {
            PublishedRecord record = PublishedRecord.of(sample);
            JsonNode value = record.valueTree();

            assertValid(PUBLISHED, ENVELOPE_SCHEMA, value, type + " value");
            assertValid(PUBLISHED, type.name() + ".schema.json", value.get("data"), type + " data");
            assertValid(PUBLISHED, HEADERS_SCHEMA, TREES.valueToTree(record.headers()), type + " headers");
            assertThat(value.get("type").asString()).isEqualTo(type.name());
            assertThat(record.key()).isEqualTo(value.get("subject").asString())
                    .isEqualTo(sample.data().aggregateId().toString());
            assertThat(record.topic()).isEqualTo(type.topic());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void the_schemas_name_every_field_the_code_writes(EventType<?> type) {
        for (EventEnvelope<?> sample : samplesOf(type)) {
            PublishedRecord record = PublishedRecord.of(sample);
            JsonNode value = record.valueTree();

            assertValid(CLOSED, ENVELOPE_SCHEMA, value, type + " value, closed");
            assertValid(CLOSED, type.name() + ".schema.json", value.get("data"), type + " data, closed");
            assertValid(CLOSED, HEADERS_SCHEMA, TREES.valueToTree(record.headers()), type + " headers, closed");
        }
    }

    @Test
    void the_schemas_reject_a_renamed_or_missing_field_and_a_wrong_type() {
        JsonNode created = PublishedRecord.of(samplesOf(EventType.ORDER_CREATED).getFirst()).valueTree();
        JsonNode shortage = PublishedRecord.of(samplesOf(EventType.STOCK_RESERVATION_UPDATED).getFirst()).valueTree();
        String createdSchema = "order.created.schema.json";

        assertInvalid(createdSchema, data(created, d -> d.set("listVersion", d.remove("itemListVersion"))), "itemListVersion");
        assertInvalid(createdSchema, data(created, d -> d.remove("at")), "at");
        assertInvalid(createdSchema, data(created, d -> ((ObjectNode) d.get("items").get(0)).put("quantity", "2.50")), "quantity");
        assertInvalid(createdSchema, data(created, d -> ((ObjectNode) d.get("items").get(0))
                .set("itemId", ((ObjectNode) d.get("items").get(0)).remove("inventoryItemId"))), "inventoryItemId");
        assertInvalid(createdSchema, data(created, d -> d.put("at", 1795428930)), "at");
        assertInvalid(createdSchema, data(created, d -> d.put("at", "23/11/2026 10:15")), "at");
        assertInvalid(createdSchema, data(created, d -> d.put("orderId", "order-1")), "orderId");
        assertInvalid(createdSchema, data(created, d -> d.put("status", "pending")), "status");
        assertInvalid("stock.reservation-updated.schema.json",
                data(shortage, d -> d.set("shortages", TREES.createArrayNode())), "shortages");
        assertInvalid("stock.reservation-updated.schema.json", data(shortage, d -> d.put("status", "PARTIAL")), "status");
        JsonNode itemChanged = PublishedRecord.of(samplesOf(EventType.STOCK_ITEM_CHANGED).getFirst()).valueTree();
        assertInvalid("stock.item-changed.schema.json", data(itemChanged, d -> d.put("change", "RENAMED")), "change");
        assertInvalid("stock.item-changed.schema.json", data(itemChanged, d -> d.remove("version")), "version");
        assertInvalid("stock.item-changed.schema.json",
                data(itemChanged, d -> d.set("itemId", d.remove("inventoryItemId"))), "inventoryItemId");
        JsonNode customerChanged = PublishedRecord.of(samplesOf(EventType.CUSTOMER_CHANGED).getFirst()).valueTree();
        assertInvalid("customer.changed.schema.json", data(customerChanged, d -> d.put("change", "archived")), "change");
        assertInvalid("customer.changed.schema.json", data(customerChanged, d -> d.remove("version")), "version");
        assertInvalid("customer.changed.schema.json", data(customerChanged, d -> d.remove("measurementId")), "measurementId");
        assertInvalid("customer.changed.schema.json",
                data(customerChanged, d -> d.set("id", d.remove("customerId"))), "customerId");
        ObjectNode withoutId = (ObjectNode) created.deepCopy();
        withoutId.remove("id");
        assertInvalid(ENVELOPE_SCHEMA, withoutId, "id");
        ObjectNode dataAsText = (ObjectNode) created.deepCopy();
        dataAsText.put("data", created.get("data").toString());
        assertInvalid(ENVELOPE_SCHEMA, dataAsText, "data");
    }

    @Test
    void the_schema_files_are_valid_draft_2020_12_schemas() throws IOException {
        Schema metaSchema = PUBLISHED.registry().getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path file : files.sorted().toList()) {
                JsonNode schema = TREES.readTree(Files.readString(file));
                assertThat(metaSchema.validate(schema.toString(), InputFormat.JSON)).as("%s against the 2020-12 meta-schema", file).isEmpty();
                assertThat(schema.path("$id").asString()).as("$id of %s", file)
                        .isEqualTo(SCHEMA_ID_BASE + file.getFileName());
            }
        }
    }

    @Test
    void the_published_example_records_are_what_the_code_writes() throws IOException {
        String readme = Files.readString(EVENTS_DOCS.resolve("README.md")).replace("\r\n", "\n");
        List<String> stale = new ArrayList<>();
        for (EventType<?> type : EventType.all()) {
            String example = PublishedRecord.of(samplesOf(type).getFirst()).prettyJson();
            Path file = EXAMPLES.resolve(type.name() + ".json");
            if (WRITE_EXAMPLES) {
                Files.createDirectories(EXAMPLES);
                Files.writeString(file, example);
            }
            if (!Files.exists(file) || !Files.readString(file).replace("\r\n", "\n").equals(example)) {
                stale.add(file.toString());
            }
            if (!readme.contains("```json\n" + example + "```")) {
                stale.add("README.md example of " + type);
            }
        }
        assertThat(stale).as("examples that differ from what the code writes (regenerate them, see this test's javadoc)")
                .isEmpty();
    }

    /** One Kafka record as {@code OutboxRelay} sends it. */
    private record PublishedRecord(String topic, String key, Map<String, String> headers, byte[] value) {

        /**
         * {@code Outbox.append} stores {@code dataJson} (PostgreSQL's jsonb keeps its values and may
         * reorder its keys); the relay sends {@code structured(attributes, storedData)} with the
         * subject as key and the attributes as headers.
         */
        static PublishedRecord of(EventEnvelope<?> envelope) {
            String storedData = JSON.dataJson(envelope.data());
            CloudEventAttributes attributes = envelope.attributes();
            return new PublishedRecord(envelope.eventType().topic(), attributes.subject(),
                    CloudEventsJson.headers(attributes), JSON.structured(attributes, storedData));
        }

        JsonNode valueTree() {
            return TREES.readTree(value);
        }

        String prettyJson() {
            ObjectNode record = TREES.createObjectNode();
            record.put("topic", topic);
            record.put("key", key);
            record.set("headers", TREES.valueToTree(headers));
            record.set("value", valueTree());
            Separators separators = Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return TREES.writer().with(printer).writeValueAsString(record) + "\n";
        }
    }

    private static List<EventEnvelope<?>> samplesOf(EventType<?> type) {
        List<EventEnvelope<?>> samples = SAMPLES.getOrDefault(type, List.of());
        if (samples.isEmpty()) {
            fail("No sample events of %s: add some to EventContractSchemaTest.samples() and document the type in docs/events",
                    type);
        }
        return samples;
    }

    private static Map<EventType<?>, List<EventEnvelope<?>>> samples() {
        Map<EventType<?>, List<EventEnvelope<?>>> samples = new LinkedHashMap<>();
        List<StockTrackedItem> firstItems = List.of(new StockTrackedItem(SILK, new BigDecimal("2.50")),
                new StockTrackedItem(PEARL_BUTTONS, new BigDecimal("12")));
        List<StockTrackedItem> changedItems = List.of(new StockTrackedItem(SILK, new BigDecimal("3.25")),
                new StockTrackedItem(PEARL_BUTTONS, new BigDecimal("8")));
        add(samples, "/order-service", "0e4f6b1a-7c2d-4e58-9a31-5b8d2f6c4e90",
                new OrderCreated(ORDER, CUSTOMER, 1, firstItems, "PENDING", at("2026-11-23T10:15:30.123456Z")));
        add(samples, "/order-service", "6a0d3c8e-2f51-4b97-8e24-d1c7a5b93f06",
                new OrderCreated(CUSTOM_WORK_ORDER, CUSTOMER, 1, List.of(), "PENDING", at("2026-11-23T11:02:00Z")));
        add(samples, "/order-service", "7b3e9f2d-5a16-4c08-b7d4-3e1f8a6c2d59",
                new OrderItemsChanged(ORDER, CUSTOMER, 2, changedItems, "PENDING", at("2026-11-23T10:42:07.5Z")));
        add(samples, "/order-service", "2c8a4e6f-9b13-4d75-a0e2-8f4b6d1c3a97",
                new OrderStatusChanged(ORDER, CUSTOMER, 2, changedItems, "PENDING", "IN_PROGRESS",
                        at("2026-11-24T09:00:12.004Z")));
        add(samples, "/order-service", "d5f1b7a3-0e28-4c6d-9b15-7a3c9e2f4b80",
                new OrderStatusChanged(ORDER, CUSTOMER, 2, changedItems, "IN_PROGRESS", "COMPLETED",
                        at("2026-12-18T16:30:00.250Z")));
        add(samples, "/order-service", "8e2d6a4c-1f97-4b35-a8c0-5d9e3b7f1a62",
                new OrderCancelled(ORDER, CUSTOMER, 2, changedItems, "IN_PROGRESS", at("2026-11-25T14:20:45.318Z")));
        add(samples, "/order-service", "b1e7c3d9-4a28-4f65-8d0b-9c2e5a7f3d41",
                new OrderPaymentRecorded(ORDER, CUSTOMER, 2, changedItems, UUID.fromString("e6c2a8f4-3b17-4d95-a0c8-1f5d7b9e2a36"),
                        "PAYMENT", new BigDecimal("150.00"), "EUR", "PARTIALLY_PAID", new BigDecimal("300.00"),
                        at("2026-11-24T09:05:41.027Z")));
        add(samples, "/inventory-service", "4a7c1e9b-3d62-4f08-b5a9-0c6e2d8f7b14",
                new StockChanged(SILK, "FAB-SILK-001", "RESERVED", new BigDecimal("40"), new BigDecimal("40"),
                        new BigDecimal("0"), new BigDecimal("3.25"), new BigDecimal("36.75"), false, ORDER,
                        at("2026-11-23T10:42:07.913Z")));
        add(samples, "/inventory-service", "f3b9d5a1-7e24-4c86-9d0b-2a6f8c4e1d73",
                new StockChanged(SILK, "FAB-SILK-001", "RESTOCKED", new BigDecimal("40"), new BigDecimal("90.5"),
                        new BigDecimal("3.25"), new BigDecimal("3.25"), new BigDecimal("87.25"), false, null,
                        at("2026-11-24T08:00:00Z")));
        add(samples, "/inventory-service", "9c4e2a7b-6d13-4f85-b2e0-3a8d5c1f7e46",
                new StockItemChanged(SILK, StockItemChanged.UPDATED, "FAB-SILK-001", "Silk charmeuse, ivory", "fabric",
                        "METRE", new BigDecimal("5.000"), 3, at("2026-11-24T08:12:33.481Z")));
        add(samples, "/inventory-service", "1d7f3b9e-2a64-4c08-9e5b-8f2c6a4d0b19",
                new StockItemChanged(PEARL_BUTTONS, StockItemChanged.DELETED, "BTN-PEARL-12", "Pearl buttons 12 mm",
                        "notions", "PIECE", new BigDecimal("50"), 2, at("2026-11-26T17:45:02Z")));
        add(samples, "/customer-service", "5b8e2f4a-9c31-4d67-a0e8-2f6c9d1b4a73",
                new CustomerChanged(CUSTOMER, CustomerChanged.UPDATED, 3, null, at("2026-11-22T15:04:12.318Z")));
        add(samples, "/customer-service", "e2a7c5d9-1f48-4b36-9e0d-6a3c8f2b5d17",
                new CustomerChanged(CUSTOMER, CustomerChanged.CREATED, 0, null, at("2026-11-20T09:30:00Z")));
        add(samples, "/customer-service", "7f3d1b9c-5e26-4a80-b4c7-0d9e2a6f8c35",
                new CustomerChanged(CUSTOMER, CustomerChanged.MEASUREMENTS_CHANGED, 3,
                        UUID.fromString("2d6f9a3c-8b14-4e57-a1c9-5e0b7d3f6a28"), at("2026-11-22T15:20:48.5Z")));
        add(samples, "/customer-service", "c9e4a2f7-3b58-4d16-8a0c-1e7f5b9d3c62",
                new CustomerChanged(CUSTOMER, CustomerChanged.ARCHIVED, 4, null, at("2027-03-02T11:00:05.04Z")));
        // One answer per reservation status: a status the schema does not list fails here, and the
        // switch does not compile until a new one gets its sample. SHORT first: it is the example.
        List<ReservationStatus> statuses = new ArrayList<>(List.of(ReservationStatus.values()));
        statuses.remove(ReservationStatus.SHORT);
        statuses.addFirst(ReservationStatus.SHORT);
        for (ReservationStatus status : statuses) {
            StockReservationUpdated answer = switch (status) {
                case SHORT -> new StockReservationUpdated(ORDER, 1, status,
                        List.of(new Shortage(PEARL_BUTTONS, new BigDecimal("12"), new BigDecimal("8"))),
                        at("2026-11-23T10:15:30.871Z"));
                case RESERVED -> new StockReservationUpdated(ORDER, 2, status, List.of(), at("2026-11-23T10:42:07.913Z"));
                case RELEASED -> new StockReservationUpdated(ORDER, 2, status, List.of(), at("2026-11-25T14:20:45.902Z"));
            };
            add(samples, "/inventory-service", UUID.nameUUIDFromBytes(("reservation " + status)
                    .getBytes(StandardCharsets.UTF_8)).toString(), answer);
        }
        return samples;
    }

    /** As {@code Outbox.append(payload)} builds the envelope, with a fixed id. */
    private static void add(Map<EventType<?>, List<EventEnvelope<?>>> samples, String source, String id,
            EventPayload payload) {
        EventEnvelope<?> appended = EventEnvelope.of(source, payload);
        EventEnvelope<?> fixed = new EventEnvelope<>(UUID.fromString(id), appended.source(), appended.type(),
                appended.specversion(), appended.time(), appended.subject(), appended.datacontenttype(), appended.data());
        samples.computeIfAbsent(fixed.eventType(), type -> new ArrayList<>()).add(fixed);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static JsonNode data(JsonNode value, Consumer<ObjectNode> change) {
        ObjectNode data = (ObjectNode) value.get("data").deepCopy();
        change.accept(data);
        return data;
    }

    private static void assertValid(EventContract contract, String schemaFile, JsonNode instance, String what) {
        List<Error> errors = schema(contract, schemaFile).validate(instance.toString(), InputFormat.JSON);
        assertThat(errors).as("%s against %s: %s", what, schemaFile, instance).isEmpty();
    }

    private static void assertInvalid(String schemaFile, JsonNode instance, String field) {
        List<Error> errors = schema(PUBLISHED, schemaFile).validate(instance.toString(), InputFormat.JSON);
        assertThat(errors).as("%s with a broken %s: %s", schemaFile, field, instance).isNotEmpty();
    }

    private static Schema schema(EventContract contract, String schemaFile) {
        return contract.schema(schemaFile);
    }

    private static String channelWithAddress(JsonNode asyncapi, String address) {
        for (Map.Entry<String, JsonNode> channel : asyncapi.path("channels").properties()) {
            if (address.equals(channel.getValue().path("address").asString())) {
                return "#/channels/" + channel.getKey();
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode document, String localRef) {
        assertThat(localRef).as("a local reference").startsWith("#/");
        JsonNode node = document.at(localRef.substring(1));
        assertThat(node.isMissingNode()).as("%s resolves", localRef).isFalse();
        return node;
    }

    private static CloudEventsJson cloudEventsJsonAsServicesGetIt() {
        AtomicReference<CloudEventsJson> json = new AtomicReference<>();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, EventAutoConfiguration.class))
                .run(context -> json.set(context.getBean(CloudEventsJson.class)));
        return json.get();
    }
}
