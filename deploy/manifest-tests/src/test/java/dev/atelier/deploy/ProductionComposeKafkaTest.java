package dev.atelier.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.servers.Artifacts;
import dev.atelier.servers.KafkaServer;
import dev.atelier.servers.Ports;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose/production.yml's Kafka run for real, without Docker: a broker on loopback with the compose
 * file's own settings (docker-compose.yml's and production.yml's KAFKA_* variables turned into broker settings
 * by the apache/kafka image's rules; only addresses and the data folder are moved to this machine), then
 * deploy/compose/kafka-init.sh run against it with Kafka's own tools, then the clients as the compose file
 * configures them: each service may write only its own topic, outside subscribers only read, nobody gets in
 * without credentials, and the ACLs are the Kubernetes production overlay's.
 */
class ProductionComposeKafkaTest {

    private static final Map<String, String> SECRETS = Map.of(
            "KAFKA_ADMIN_PASSWORD", "admin-" + UUID.randomUUID(),
            "ORDER_KAFKA_PASSWORD", "order-" + UUID.randomUUID(),
            "INVENTORY_KAFKA_PASSWORD", "inventory-" + UUID.randomUUID(),
            "SUBSCRIBER_KAFKA_PASSWORD", "subscriber-" + UUID.randomUUID(),
            "GATEWAY_KAFKA_PASSWORD", "gateway-" + UUID.randomUUID(),
            "NOTIFICATION_KAFKA_PASSWORD", "notification-" + UUID.randomUUID(),
            "CUSTOMER_KAFKA_PASSWORD", "customer-" + UUID.randomUUID());

    private static final Map<String, Object> BASE = services("docker-compose.yml");
    private static final Map<String, Object> PRODUCTION = services("deploy/compose/production.yml");

    /** compose listener name to the loopback port it gets here. */
    private static final Map<String, Integer> PORTS = new HashMap<>();

    private static KafkaServer broker;
    private static Path tools;

    @BeforeAll
    static void start_the_broker_and_run_kafka_init(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Map<String, String> environment = new LinkedHashMap<>(environment(BASE, "kafka"));
        environment.putAll(environment(PRODUCTION, "kafka"));
        Map<String, String> settings = brokerSettings(environment);
        broker = KafkaServer.forTests(dir.resolve("kafka"), PORTS.get("INTERNAL"), PORTS.get("CONTROLLER"), settings);
        broker.start();
        broker.awaitReady(broker.startTimeout());
        tools = toolWrappers(dir.resolve("bin"));
        assertThat(runKafkaInit()).contains("users, topics and ACLs are in place");
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void every_listener_authenticates_and_only_admin_is_a_super_user() {
        Map<String, String> environment = environment(PRODUCTION, "kafka");
        assertThat(environment.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(","))
                .allSatisfy(entry -> assertThat(entry).endsWith(":SASL_PLAINTEXT"));
        assertThat(environment).containsEntry("KAFKA_SUPER_USERS", "User:admin")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    @Test
    void each_service_writes_only_its_own_topic_and_the_dead_letters_of_what_it_reads() throws Exception {
        try (KafkaProducer<String, String> order = producer(service("order-service"));
                KafkaProducer<String, String> inventory = producer(service("inventory-service"));
                KafkaProducer<String, String> customer = producer(service("customer-service"))) {
            assertThat(send(order, "atelier.order-events")).isGreaterThanOrEqualTo(0);
            assertThat(send(order, "atelier.stock-events.dlt")).isGreaterThanOrEqualTo(0);
            assertThatThrownBy(() -> send(order, "atelier.stock-events")).hasRootCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> send(order, "atelier.order-events.dlt")).hasRootCauseInstanceOf(TopicAuthorizationException.class);

            assertThat(send(inventory, "atelier.stock-events")).isGreaterThanOrEqualTo(0);
            assertThat(send(inventory, "atelier.order-events.dlt")).isGreaterThanOrEqualTo(0);
            assertThatThrownBy(() -> send(inventory, "atelier.order-events")).hasRootCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> send(inventory, "atelier.customer-events")).hasRootCauseInstanceOf(TopicAuthorizationException.class);

            // customer-service publishes customer events and consumes nothing, so it has no dead letters to write
            assertThat(send(customer, "atelier.customer-events")).isGreaterThanOrEqualTo(0);
            assertThatThrownBy(() -> send(customer, "atelier.order-events")).hasRootCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> send(customer, "atelier.customer-events.dlt")).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        assertThatThrownBy(() -> firstRecord(service("customer-service"), "customer-service", "atelier.customer-events"))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void each_service_reads_what_it_consumes_with_its_own_group_only() throws Exception {
        try (KafkaProducer<String, String> inventory = producer(service("inventory-service"))) {
            send(inventory, "atelier.stock-events");
        }
        assertThat(firstRecord(service("order-service"), "order-service", "atelier.stock-events")).isNotNull();
        assertThatThrownBy(() -> firstRecord(service("order-service"), "someone-else", "atelier.stock-events"))
                .isInstanceOf(GroupAuthorizationException.class);
        assertThatThrownBy(() -> firstRecord(service("inventory-service"), "inventory-service", "atelier.stock-events"))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void the_services_health_check_and_dead_letter_gauge_may_ask_what_they_need() throws Exception {
        for (String service : List.of("order-service", "inventory-service", "notification-service")) {
            try (Admin admin = Admin.create(service(service))) {
                assertThat(admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS)).isNotBlank();
                // DeadLetterDepth reads the replay group's offsets
                assertThat(admin.listConsumerGroupOffsets("atelier-dlt-replay").partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS)).isNotNull();
            }
        }
        // customer-service only publishes: its health asks for the cluster, it has no dead-letter gauge
        try (Admin admin = Admin.create(service("customer-service"))) {
            assertThat(admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS)).isNotBlank();
        }
    }

    @Test
    void outside_subscribers_only_read() throws Exception {
        try (KafkaProducer<String, String> order = producer(service("order-service"));
                KafkaProducer<String, String> customer = producer(service("customer-service"));
                KafkaProducer<String, String> subscriber = producer(subscriber())) {
            send(order, "atelier.order-events");
            send(customer, "atelier.customer-events");
            // refused before the topic: a producer that may write nowhere gets no producer id
            assertThatThrownBy(() -> send(subscriber, "atelier.order-events")).hasRootCauseInstanceOf(AuthorizationException.class);
        }
        assertThat(firstRecord(subscriber(), "subscriber-shop", "atelier.order-events")).isNotNull();
        assertThat(firstRecord(subscriber(), "subscriber-shop", "atelier.customer-events")).isNotNull();
        assertThatThrownBy(() -> firstRecord(subscriber(), "order-service", "atelier.order-events"))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void the_gateway_reads_the_three_event_topics_with_its_own_groups_and_writes_nothing() throws Exception {
        try (KafkaProducer<String, String> order = producer(service("order-service"));
                KafkaProducer<String, String> inventory = producer(service("inventory-service"));
                KafkaProducer<String, String> customer = producer(service("customer-service"));
                KafkaProducer<String, String> gateway = producer(service("gateway-service"))) {
            send(order, "atelier.order-events");
            send(inventory, "atelier.stock-events");
            send(customer, "atelier.customer-events");
            assertThatThrownBy(() -> send(gateway, "atelier.order-events")).hasRootCauseInstanceOf(AuthorizationException.class);
        }
        String replica = "atelier-gateway-updates-" + UUID.randomUUID();
        assertThat(firstRecord(service("gateway-service"), replica, "atelier.order-events")).isNotNull();
        assertThat(firstRecord(service("gateway-service"), replica, "atelier.stock-events")).isNotNull();
        assertThat(firstRecord(service("gateway-service"), replica, "atelier.customer-events")).isNotNull();
        assertThatThrownBy(() -> firstRecord(service("gateway-service"), "order-service", "atelier.order-events"))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void notification_service_reads_the_three_event_topics_with_its_own_group_and_writes_only_their_dead_letters() throws Exception {
        try (KafkaProducer<String, String> order = producer(service("order-service"));
                KafkaProducer<String, String> inventory = producer(service("inventory-service"));
                KafkaProducer<String, String> customer = producer(service("customer-service"));
                KafkaProducer<String, String> notification = producer(service("notification-service"))) {
            send(order, "atelier.order-events");
            send(inventory, "atelier.stock-events");
            send(customer, "atelier.customer-events");
            // the platform's dead-letter publishing: a record it cannot handle goes to the topic's .dlt twin
            assertThat(send(notification, "atelier.order-events.dlt")).isGreaterThanOrEqualTo(0);
            assertThat(send(notification, "atelier.stock-events.dlt")).isGreaterThanOrEqualTo(0);
            assertThat(send(notification, "atelier.customer-events.dlt")).isGreaterThanOrEqualTo(0);
            assertThatThrownBy(() -> send(notification, "atelier.customer-events")).hasRootCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> send(notification, "atelier.order-events")).hasRootCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> send(notification, "atelier.stock-events")).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        assertThat(firstRecord(service("notification-service"), "notification-service", "atelier.order-events")).isNotNull();
        assertThatThrownBy(() -> firstRecord(service("notification-service"), "inventory-service", "atelier.order-events"))
                .isInstanceOf(GroupAuthorizationException.class);
        // webhooks may want stock and customer events too
        assertThat(firstRecord(service("notification-service"), "notification-service", "atelier.stock-events")).isNotNull();
        assertThat(firstRecord(service("notification-service"), "notification-service", "atelier.customer-events")).isNotNull();
    }

    @Test
    void nobody_gets_in_without_the_right_credentials() {
        Map<String, Object> wrongPassword = new HashMap<>(service("order-service"));
        wrongPassword.put("sasl.jaas.config", scramJaas("order-service", "not-the-password"));
        try (Admin admin = Admin.create(wrongPassword)) {
            assertThatThrownBy(() -> admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
        Map<String, Object> anonymous = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        try (Admin admin = Admin.create(anonymous)) {
            assertThatThrownBy(() -> admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).clusterId()
                    .get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        }
    }

    @Test
    void the_acls_are_the_kubernetes_production_overlays_and_kafka_init_can_run_again() throws Exception {
        assertThat(brokerAcls()).isEqualTo(kubernetesAcls());
        runKafkaInit();
        assertThat(brokerAcls()).isEqualTo(kubernetesAcls());
    }

    /** "user resource-type:name[*] operation", from the running broker. */
    private static Set<String> brokerAcls() throws Exception {
        try (Admin admin = Admin.create(admin())) {
            Set<String> acls = new HashSet<>();
            for (AclBinding binding : admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS)) {
                String resource = binding.pattern().resourceType().name().toLowerCase(Locale.ROOT) + ":" + binding.pattern().name()
                        + (binding.pattern().patternType() == PatternType.PREFIXED ? "*" : "");
                String operation = binding.entry().operation().name().toLowerCase(Locale.ROOT);
                acls.add(binding.entry().principal().substring("User:".length()) + " " + resource + " " + operation);
            }
            return acls;
        }
    }

    /** The same from deploy/k8s/overlays/production/operators/kafka-users.yaml (Strimzi KafkaUsers). */
    private static Set<String> kubernetesAcls() {
        Set<String> acls = new HashSet<>();
        for (Map<String, Object> user : Repo.documents(Repo.read(
                Repo.root().resolve("deploy/k8s/overlays/production/operators/kafka-users.yaml")))) {
            String name = String.valueOf(Repo.at(user, "metadata.name"));
            for (Object entry : Repo.list(Repo.at(user, "spec.authorization.acls"))) {
                Map<String, Object> acl = Repo.map(entry);
                String resource = Repo.at(acl, "resource.type") + ":" + Repo.at(acl, "resource.name")
                        + ("prefix".equals(Repo.at(acl, "resource.patternType")) ? "*" : "");
                Repo.list(acl.get("operations")).forEach(operation ->
                        acls.add(name + " " + resource + " " + String.valueOf(operation).toLowerCase(Locale.ROOT)));
            }
        }
        return acls;
    }

    private static String runKafkaInit() throws Exception {
        Map<String, String> environment = environment(PRODUCTION, "kafka-init");
        // compose names the INTERNAL listener, where the services connect too
        assertThat(environment.get("BOOTSTRAP")).isEqualTo("kafka:29092");
        environment.put("BOOTSTRAP", bootstrap());
        environment.put("KAFKA_BIN", tools.toString());
        List<String> entrypoint = Repo.list(Repo.map(PRODUCTION.get("kafka-init")).get("entrypoint")).stream()
                .map(String::valueOf).toList();
        assertThat(entrypoint).containsExactly("/bin/sh", "/atelier/kafka-init.sh");
        ProcessBuilder builder = new ProcessBuilder("sh", Repo.root().resolve("deploy/compose/kafka-init.sh").toString())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("kafka-init.sh printed:%n%s", printed).isZero();
        return printed;
    }

    /** kafka-configs.sh, kafka-topics.sh and kafka-acls.sh as the apache/kafka image has them. */
    private static Path toolWrappers(Path bin) throws IOException {
        Files.createDirectories(bin);
        List<String> classpath = new ArrayList<>(Artifacts.fromBuild().kafkaClasspath().stream().map(Path::toString).toList());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith("kafka-tools-")) {
                classpath.add(entry);
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> mains = Map.of("kafka-configs.sh", "kafka.admin.ConfigCommand",
                "kafka-topics.sh", "org.apache.kafka.tools.TopicCommand",
                "kafka-acls.sh", "org.apache.kafka.tools.AclCommand");
        for (Map.Entry<String, String> tool : mains.entrySet()) {
            Path script = bin.resolve(tool.getKey());
            Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -Xmx256m -XX:TieredStopAtLevel=1 -cp '"
                    + String.join(File.pathSeparator, classpath) + "' " + tool.getValue() + " \"$@\"\n");
            assertThat(script.toFile().setExecutable(true)).isTrue();
        }
        return bin;
    }

    /**
     * The broker settings the apache/kafka image makes of the KAFKA_* variables ("_" is ".", "__" is "_",
     * "___" is "-"), with each listener moved to a free loopback port and the data folder left to the launcher.
     */
    private static Map<String, String> brokerSettings(Map<String, String> environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("KAFKA_")) {
                settings.put(propertyName(name.substring("KAFKA_".length())), value);
            }
        });
        String[] listeners = settings.get("listeners").split(",");
        List<Integer> ports = Ports.freePorts(listeners.length);
        for (int i = 0; i < listeners.length; i++) {
            PORTS.put(listeners[i].substring(0, listeners[i].indexOf(':')), ports.get(i));
        }
        settings.put("listeners", PORTS.entrySet().stream()
                .map(entry -> entry.getKey() + "://127.0.0.1:" + entry.getValue()).collect(Collectors.joining(",")));
        settings.put("advertised.listeners", PORTS.entrySet().stream().filter(entry -> !entry.getKey().equals("CONTROLLER"))
                .map(entry -> entry.getKey() + "://127.0.0.1:" + entry.getValue()).collect(Collectors.joining(",")));
        settings.put("controller.quorum.voters", settings.get("node.id") + "@127.0.0.1:" + PORTS.get("CONTROLLER"));
        settings.remove("log.dirs");
        return settings;
    }

    static String propertyName(String variable) {
        return variable.toLowerCase(Locale.ROOT).replace("___", "-").replace("__", "\u0000").replace('_', '.')
                .replace('\u0000', '_');
    }

    /**
     * A service's environment in a compose file, ${VAR:?message} filled in from {@link #SECRETS} (other
     * variables, the registry's account say, get a placeholder: Kafka does not read them).
     */
    private static Map<String, String> environment(Map<String, Object> services, String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        ComposeFileTest.environment(Repo.map(services.get(service))).forEach((name, value) ->
                environment.put(name, substitute(String.valueOf(value))));
        return environment;
    }

    private static String substitute(String value) {
        Matcher variable = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?[-?]([^}]*))?}").matcher(value);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String secret = SECRETS.getOrDefault(variable.group(1), "unused-" + variable.group(1));
            variable.appendReplacement(result, Matcher.quoteReplacement(secret));
        }
        return variable.appendTail(result).toString();
    }

    private static Map<String, Object> services(String file) {
        return Repo.map(Repo.documents(Repo.read(Repo.root().resolve(file))).getFirst().get("services"));
    }

    private static String bootstrap() {
        return "127.0.0.1:" + PORTS.get("INTERNAL");
    }

    /** A service's Kafka client settings, from its SPRING_KAFKA_* variables in production.yml. */
    private static Map<String, Object> service(String service) {
        Map<String, String> environment = environment(PRODUCTION, service);
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, environment.get("SPRING_KAFKA_SECURITY_PROTOCOL"));
        config.put("sasl.mechanism", environment.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM"));
        config.put("sasl.jaas.config", environment.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"));
        assertThat(config).as("%s's Kafka settings", service).doesNotContainValue(null);
        return config;
    }

    /** An outside shop system: the atelier-subscriber user kafka-init creates. */
    private static Map<String, Object> subscriber() {
        Map<String, Object> config = new HashMap<>(service("order-service"));
        config.put("sasl.jaas.config", scramJaas("atelier-subscriber", SECRETS.get("SUBSCRIBER_KAFKA_PASSWORD")));
        return config;
    }

    private static Map<String, Object> admin() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "PLAIN");
        config.put("sasl.jaas.config", environment(PRODUCTION, "kafka").get("KAFKA_LISTENER_NAME_INTERNAL_PLAIN_SASL_JAAS_CONFIG")
                .replaceAll("\\s*user_admin=\"[^\"]*\"", ""));
        return config;
    }

    private static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** The offset the broker gave the record; throws what the broker refused with. */
    private static long send(KafkaProducer<String, String> producer, String topic) throws Exception {
        return producer.send(new ProducerRecord<>(topic, "key", "{\"test\":true}")).get(15, TimeUnit.SECONDS).offset();
    }

    /** The first record of a topic read with a consumer group, or what the broker refused with. */
    private static ConsumerRecord<String, String> firstRecord(Map<String, Object> client, String group, String topic) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Properties properties = new Properties();
        properties.putAll(config);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    return record;
                }
            }
            return null;
        }
    }
}
