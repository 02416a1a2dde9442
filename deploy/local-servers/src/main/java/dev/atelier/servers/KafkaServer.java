package dev.atelier.servers;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A real Kafka broker as a separate JVM: KRaft combined mode (broker and controller in one process),
 * one node, listeners on 127.0.0.1 only, replication factors 1. Its storage is formatted once; later
 * starts keep the topics and offsets.
 */
public final class KafkaServer implements LocalServer {

    private final int port;
    private final int controllerPort;
    private final int partitions;
    private final Map<String, String> overrides;
    private final ServerProcess process;

    /**
     * @param dir the broker's own folder: {@code server.properties}, {@code data/}, {@code server.log}, {@code server.pid}
     */
    public KafkaServer(Path dir, int port, int controllerPort, ServerProcess.Mode mode) {
        this(dir, port, controllerPort, 3, mode);
    }

    public KafkaServer(Path dir, int port, int controllerPort, int partitions, ServerProcess.Mode mode) {
        this(dir, port, controllerPort, partitions, Map.of(), mode);
    }

    private KafkaServer(Path dir, int port, int controllerPort, int partitions, Map<String, String> overrides,
            ServerProcess.Mode mode) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
        this.overrides = Map.copyOf(overrides);
        this.process = new ServerProcess("Kafka", dir, mode);
    }

    /**
     * A broker for tests: free ports, a fresh folder, stopped when the JVM exits. The ports lie below the
     * ephemeral range, so the broker may also start later: a service can be pointed at it while nothing
     * listens there yet.
     */
    public static KafkaServer forTests(Path dir) {
        List<Integer> ports = Ports.freePortsForLater(2);
        return new KafkaServer(dir, ports.get(0), ports.get(1), ServerProcess.Mode.CHILD);
    }

    /**
     * A broker for tests with some settings replaced or added (a deployment's listeners, SASL and ACL
     * settings, say); {@code port} must be the port of a listener that answers ApiVersions, which every
     * listener does, SASL ones included. Free controller port, stopped when the JVM exits.
     */
    public static KafkaServer forTests(Path dir, int port, int controllerPort, Map<String, String> overrides) {
        return new KafkaServer(dir, port, controllerPort, 3, overrides, ServerProcess.Mode.CHILD);
    }

    @Override
    public String name() {
        return "Kafka";
    }

    @Override
    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + port;
    }

    public Path dir() {
        return process.dir();
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(90);
    }

    @Override
    public ServerStatus status() {
        return process.status(name(), bootstrapServers(), port, KafkaProbe.answers(Ports.LOOPBACK, port));
    }

    @Override
    public StartOutcome start() {
        if (process.alreadyRunning(name(), port, () -> KafkaProbe.answers(Ports.LOOPBACK, port), "ATELIER_KAFKA_PORT")) {
            return StartOutcome.ALREADY_RUNNING;
        }
        if (Ports.isListening(controllerPort)) {
            throw Ports.taken("Kafka's controller", controllerPort, "ATELIER_KAFKA_CONTROLLER_PORT");
        }
        Jdk jdk = Jdk.forServers();
        String classpath = Artifacts.fromBuild().kafkaClasspath().stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        Path properties = dir().resolve("server.properties");
        try {
            Files.createDirectories(dir().resolve("data"));
            Files.writeString(properties, serverProperties(port, controllerPort, dir().resolve("data"), partitions, overrides));
        } catch (IOException e) {
            throw new InfraException("cannot write " + properties + ": " + e.getMessage(), e);
        }
        if (!Files.exists(dir().resolve("data").resolve("meta.properties"))) {
            format(jdk, classpath, properties);
        }
        process.launch(javaCommand(jdk, classpath, "kafka.Kafka", properties.toString()), Map.of());
        return StartOutcome.STARTED;
    }

    @Override
    public void awaitReady(Duration timeout) {
        process.awaitReady(() -> KafkaProbe.answers(Ports.LOOPBACK, port), timeout,
                "answering on " + bootstrapServers());
    }

    @Override
    public StopOutcome stop() {
        return process.stop(port);
    }

    private void format(Jdk jdk, String classpath, Path properties) {
        List<String> command = javaCommand(jdk, classpath, "kafka.tools.StorageTool",
                "format", "--cluster-id", newClusterId(), "--config", properties.toString());
        Command.Result result = Command.run(Duration.ofMinutes(2), dir(), command);
        if (!result.succeeded()) {
            throw new InfraException("could not format Kafka's storage in " + dir().resolve("data") + ": " + result.output());
        }
    }

    private static List<String> javaCommand(Jdk jdk, String classpath, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(jdk.java().toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
                "-Dorg.slf4j.simpleLogger.log.kafka=info",
                "-Dorg.slf4j.simpleLogger.log.state.change.logger=warn",
                "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** The broker's configuration: one KRaft node that is broker and controller, all on loopback. */
    static String serverProperties(int port, int controllerPort, Path dataDir, int partitions) {
        return serverProperties(port, controllerPort, dataDir, partitions, Map.of());
    }

    /** The same with {@code overrides} in place of the lines with their keys, and added where new. */
    static String serverProperties(int port, int controllerPort, Path dataDir, int partitions, Map<String, String> overrides) {
        List<String> lines = new ArrayList<>();
        for (String line : defaultProperties(port, controllerPort, dataDir, partitions).split(System.lineSeparator())) {
            int equals = line.indexOf('=');
            if (equals < 0 || !overrides.containsKey(line.substring(0, equals))) {
                lines.add(line);
            }
        }
        overrides.forEach((key, value) -> lines.add(key + "=" + value));
        lines.add("");
        return String.join(System.lineSeparator(), lines);
    }

    private static String defaultProperties(int port, int controllerPort, Path dataDir, int partitions) {
        return String.join(System.lineSeparator(),
                "# Written by the Atelier launcher on every start; edits are overwritten.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "log.dirs=" + dataDir.toAbsolutePath(),
                "num.partitions=" + partitions,
                "auto.create.topics.enable=true",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "") ;
    }

    /**
     * A KRaft cluster id: 16 random bytes, URL-safe Base64 without padding (22 characters). Never one that
     * starts with '-': the storage tool would read it as an option (Kafka's own ids skip those too).
     */
    static String newClusterId() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } while (id.startsWith("-"));
        return id;
    }
}
