package dev.atelier.e2e;

import dev.atelier.platform.test.KafkaBroker;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.PostgresDatabase;
import dev.atelier.platform.test.S3Endpoint;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.servers.MailSink;
import dev.atelier.servers.ServerProcess;
import dev.atelier.suite.LocalEndpoints;
import dev.atelier.suite.ServiceDatabase;
import dev.atelier.suite.ServiceEnvironment;
import dev.atelier.suite.SuiteService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole suite on loopback: real PostgreSQL, Kafka, S3 and Keycloak from platform-test, a local
 * SMTP sink ({@link MailSink}, as {@code ./atelier up} runs it), then discovery, the five services and
 * the gateway as processes from their jars. Started once per test run and stopped when the run ends
 * (JUnit closes it with the root store). A test reads what notification-service sent with
 * {@code suite.mail.mails()}.
 */
final class Suite implements ExtensionContext.Store.CloseableResource {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The registry's account for this run: not the local default, so the suite proves every service is given it. */
    static final String REGISTRY_USERNAME = "e2e-registrar";
    static final String REGISTRY_PASSWORD = "e2e-" + UUID.randomUUID();
    /**
     * On top of a local run's environment: the registry answers fresh registrations within seconds, and
     * every instance registers under loopback, not the machine's first network address.
     */
    private static final Map<String, String> QUICK_DISCOVERY = Map.of("EUREKA_CLIENT_REGISTRYFETCHINTERVALSECONDS", "2",
            "EUREKA_INSTANCE_LEASERENEWALINTERVALINSECONDS", "2", "SPRING_CLOUD_LOADBALANCER_CACHE_TTL", "2s",
            "EUREKA_INSTANCE_HOSTNAME", "127.0.0.1", "SPRING_CLOUD_INETUTILS_PREFERREDNETWORKS", "127.0.0.1");

    final KafkaBroker kafka;
    final KeycloakEndpoint keycloak;
    final S3Endpoint s3;
    /** The SMTP sink notification-service sends to (no TLS, no password, any recipient); mails() reads it. */
    final MailSink mail;
    final AppProcess gateway;
    private final List<AppProcess> apps = new ArrayList<>();
    private final Path logs;

    private Suite() {
        Path root = Path.of(System.getProperty("atelier.e2e.root", ".."));
        String version = System.getProperty("atelier.e2e.version", "0.1.0-SNAPSHOT");
        this.logs = Path.of("target", "e2e-logs");
        this.kafka = TestInfrastructure.kafka();
        this.keycloak = TestInfrastructure.keycloak();
        this.s3 = TestInfrastructure.s3();
        this.mail = new MailSink(logs.resolve("mail").toAbsolutePath(), freePort(), freePort(), ServerProcess.Mode.CHILD);

        int discoveryPort = freePort();
        String eureka = "http://127.0.0.1:" + discoveryPort + "/eureka/";
        // each application gets what ./atelier up gives it, with this run's databases, bucket and registry account
        LocalEndpoints at = new LocalEndpoints("127.0.0.1", kafka.bootstrapServers(), keycloak.baseUrl(),
                keycloak.issuerUri(), new LocalEndpoints.S3(s3.endpoint(), s3.region(), s3.accessKey(), s3.secretKey(),
                        "e2e-style-images"),
                discoveryPort, TestInfrastructure.redis().port(), mail.port(),
                new LocalEndpoints.Registry(REGISTRY_USERNAME, REGISTRY_PASSWORD));
        Map<SuiteService, PostgresDatabase> databases = Map.of(SuiteService.CUSTOMER, TestInfrastructure.freshPostgres("e2e-customer"),
                SuiteService.INVENTORY, TestInfrastructure.freshPostgres("e2e-inventory"),
                SuiteService.ORDER, TestInfrastructure.freshPostgres("e2e-order"),
                SuiteService.MEDIA, TestInfrastructure.freshPostgres("e2e-media"),
                SuiteService.NOTIFICATION, TestInfrastructure.freshPostgres("e2e-notification"));
        Map<SuiteService, AppProcess> started = new LinkedHashMap<>();
        for (SuiteService service : SuiteService.ALL) {
            int port = service == SuiteService.DISCOVERY ? discoveryPort : freePort();
            Optional<ServiceDatabase> database = Optional.ofNullable(databases.get(service)).map(db -> new ServiceDatabase(
                    db.host(), db.port(), db.database(), db.username(), db.password()));
            Map<String, String> env = new LinkedHashMap<>(ServiceEnvironment.of(service, port, at, database));
            if (!service.isRegistry()) {
                env.putAll(QUICK_DISCOVERY);
            }
            started.put(service, app(root, version, service, port, env));
        }
        this.gateway = started.get(SuiteService.GATEWAY);
        List<AppProcess> services = SuiteService.ALL.stream().filter(service -> !service.isRegistry())
                .map(started::get).toList();

        try {
            mail.start();
            mail.awaitReady(mail.startTimeout());
            start(List.of(started.get(SuiteService.DISCOVERY)));
            start(List.of(started.get(SuiteService.CUSTOMER), started.get(SuiteService.INVENTORY),
                    started.get(SuiteService.ORDER), started.get(SuiteService.MEDIA)));
            // after the services it reads from, like ./atelier up
            start(List.of(started.get(SuiteService.NOTIFICATION)));
            start(List.of(gateway));
            awaitRegistered(eureka, services);
        } catch (RuntimeException | IOException e) {
            close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    static Suite in(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Suite.class, key -> new Suite(), Suite.class);
    }

    String gatewayUrl() {
        return gateway.url();
    }

    /** Every application started, in start order. */
    List<AppProcess> apps() {
        return List.copyOf(apps);
    }

    AppProcess app(String name) {
        return apps.stream().filter(app -> app.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no application " + name));
    }

    Path logs() {
        return logs;
    }

    @Override
    public void close() {
        // Callers first, discovery last.
        for (int i = apps.size() - 1; i >= 0; i--) {
            apps.get(i).stop();
        }
        mail.stop();
    }

    private AppProcess app(Path root, String version, SuiteService service, int port, Map<String, String> env) {
        String module = service.module();
        Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
        AppProcess app = new AppProcess(module, port, jar, env, logs);
        apps.add(app);
        return app;
    }

    private static void start(List<AppProcess> group) throws IOException {
        for (AppProcess app : group) {
            app.start();
        }
        for (AppProcess app : group) {
            await(app.name() + " ready", app::isReady);
        }
    }

    private static void awaitRegistered(String eureka, List<AppProcess> group) {
        for (AppProcess app : group) {
            await(app.name() + " registered in Eureka", () -> status(eureka + "apps/" + app.name()) == 200);
        }
    }

    static void await(String what, BooleanSupplier condition) {
        Awaitility.await(what).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250))
                .until(condition::getAsBoolean);
    }

    private static int status(String url) {
        try {
            String account = REGISTRY_USERNAME + ":" + REGISTRY_PASSWORD;
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(account.getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
