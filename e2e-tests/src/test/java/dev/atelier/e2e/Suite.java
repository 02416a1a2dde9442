package dev.atelier.e2e;

import dev.atelier.platform.test.KafkaBroker;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.PostgresDatabase;
import dev.atelier.platform.test.S3Endpoint;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.servers.MailSink;
import dev.atelier.servers.ServerProcess;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, String> registryAccount = Map.of("EUREKA_USERNAME", REGISTRY_USERNAME,
                "EUREKA_PASSWORD", REGISTRY_PASSWORD, "SERVER_ADDRESS", "127.0.0.1");
        Map<String, String> common = new HashMap<>(registryAccount);
        common.put("EUREKA_URL", eureka);
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("KEYCLOAK_ISSUER_URI", keycloak.issuerUri());
        // Loopback only: each instance registers 127.0.0.1, not the machine's first network address.
        common.put("EUREKA_INSTANCE_IPADDRESS", "127.0.0.1");
        common.put("EUREKA_INSTANCE_HOSTNAME", "127.0.0.1");
        common.put("SPRING_CLOUD_INETUTILS_PREFERREDNETWORKS", "127.0.0.1");
        // Quick discovery so the gateway and callers see fresh registrations within seconds.
        common.put("EUREKA_CLIENT_REGISTRYFETCHINTERVALSECONDS", "2");
        common.put("EUREKA_INSTANCE_LEASERENEWALINTERVALINSECONDS", "2");
        common.put("SPRING_CLOUD_LOADBALANCER_CACHE_TTL", "2s");

        AppProcess discovery = app(root, version, "discovery-service", "DISCOVERY", discoveryPort, registryAccount);
        AppProcess customer = app(root, version, "customer-service", "CUSTOMER", freePort(),
                with(common, database("CUSTOMER", TestInfrastructure.freshPostgres("e2e-customer"))));
        AppProcess inventory = app(root, version, "inventory-service", "INVENTORY", freePort(),
                with(common, database("INVENTORY", TestInfrastructure.freshPostgres("e2e-inventory"))));
        AppProcess order = app(root, version, "order-service", "ORDER", freePort(),
                with(common, database("ORDER", TestInfrastructure.freshPostgres("e2e-order"))));
        Map<String, String> media = with(common, database("MEDIA", TestInfrastructure.freshPostgres("e2e-media")));
        media.put("MEDIA_S3_ENDPOINT", s3.endpoint());
        media.put("MEDIA_S3_REGION", s3.region());
        media.put("MEDIA_S3_ACCESS_KEY", s3.accessKey());
        media.put("MEDIA_S3_SECRET_KEY", s3.secretKey());
        media.put("MEDIA_S3_BUCKET", "e2e-style-images");
        AppProcess mediaApp = app(root, version, "media-service", "MEDIA", freePort(), media);
        Map<String, String> notification = with(common, database("NOTIFICATION", TestInfrastructure.freshPostgres("e2e-notification")));
        // its own client-credentials account in the realm, to read contacts and orders when it sends
        notification.put("NOTIFIER_CLIENT_ID", "atelier-notifier");
        notification.put("NOTIFIER_CLIENT_SECRET", "atelier-notifier-secret");
        notification.put("SMTP_HOST", mail.host());
        notification.put("SMTP_PORT", String.valueOf(mail.port()));
        notification.put("SMTP_USERNAME", "");
        notification.put("SMTP_PASSWORD", "");
        notification.put("SMTP_AUTH", "false");
        notification.put("SMTP_STARTTLS", "false");
        notification.put("SHOP_NAME", "Atelier e2e");
        notification.put("SHOP_ADDRESS", "1 Loopback Lane");
        notification.put("SHOP_SIGNATURE", "The e2e team");
        notification.put("SHOP_EMAIL", "shop@atelier.test");
        notification.put("SHOP_LANGUAGE", "en");
        // a test's webhook receiver is a plain http server on loopback
        notification.put("WEBHOOKS_ALLOW_HTTP_TO_LOOPBACK", "true");
        AppProcess notificationApp = app(root, version, "notification-service", "NOTIFICATION", freePort(), notification);
        Map<String, String> gatewayEnvironment = new HashMap<>(common);
        gatewayEnvironment.put("KEYCLOAK_URL", keycloak.baseUrl());
        gatewayEnvironment.put("CONSOLE_CLIENT_SECRET", KeycloakEndpoint.CONSOLE_CLIENT_SECRET);
        // the rate limits on a real Redis; every test logs in twice from one address, so auth gets room
        gatewayEnvironment.put("REDIS_HOST", TestInfrastructure.redis().host());
        gatewayEnvironment.put("REDIS_PORT", String.valueOf(TestInfrastructure.redis().port()));
        gatewayEnvironment.put("GATEWAY_AUTH_RATE_LIMIT", "1000");
        gatewayEnvironment.put("GATEWAY_AUTH_BURST", "1000");
        this.gateway = app(root, version, "gateway-service", "GATEWAY", freePort(), gatewayEnvironment);

        try {
            mail.start();
            mail.awaitReady(mail.startTimeout());
            start(List.of(discovery));
            start(List.of(customer, inventory, order, mediaApp));
            // after the services it reads from, like ./atelier up
            start(List.of(notificationApp));
            start(List.of(gateway));
            awaitRegistered(eureka, List.of(customer, inventory, order, mediaApp, notificationApp, gateway));
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

    private AppProcess app(Path root, String version, String module, String prefix, int port, Map<String, String> env) {
        Map<String, String> environment = new LinkedHashMap<>(env);
        environment.put(prefix + "_PORT", Integer.toString(port));
        Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
        AppProcess app = new AppProcess(module, port, jar, environment, logs);
        apps.add(app);
        return app;
    }

    private static Map<String, String> database(String prefix, PostgresDatabase database) {
        return Map.of(prefix + "_DB_R2DBC_URL", database.r2dbcUrl(), prefix + "_DB_JDBC_URL", database.jdbcUrl(),
                prefix + "_DB_USER", database.username(), prefix + "_DB_PASSWORD", database.password());
    }

    private static Map<String, String> with(Map<String, String> common, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(common);
        all.putAll(more);
        return all;
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
