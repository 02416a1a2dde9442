package dev.atelier.launcher;

import dev.atelier.servers.KafkaServer;
import dev.atelier.servers.KeycloakServer;
import dev.atelier.servers.LocalServer;
import dev.atelier.servers.MailSink;
import dev.atelier.servers.Ports;
import dev.atelier.servers.PostgresChoice;
import dev.atelier.servers.PostgresServer;
import dev.atelier.servers.RedisServer;
import dev.atelier.servers.Repository;
import dev.atelier.servers.S3Server;
import dev.atelier.servers.ServerProcess;
import java.nio.file.Path;
import java.util.List;

/**
 * The six servers of a local run on their standard ports, with data under {@code <repo>/.atelier}:
 * what {@code ./atelier infra} starts, and what the services of a local run connect to.
 */
public final class LocalInfrastructure {

    /** One database and one role (password = name) per service. */
    public static final List<String> SERVICE_DATABASES =
            List.of("customer_service", "order_service", "inventory_service", "media_service", "notification_service");
    public static final String REALM = "atelier";

    private final Repository repository;
    private final LocalSettings settings;
    private final PostgresServer postgres;
    private final KafkaServer kafka;
    private final S3Server s3;
    private final KeycloakServer keycloak;
    private final RedisServer redis;
    private final MailSink mail;

    public LocalInfrastructure(Repository repository, LocalSettings settings) {
        this.repository = repository;
        this.settings = settings;
        Path data = repository.dataDir();
        // the machine's PostgreSQL when it has one, else our embedded one in .atelier/postgres-embedded (ATELIER_POSTGRES)
        this.postgres = PostgresChoice.forLocalRun(data, settings.postgresPort());
        this.kafka = new KafkaServer(data.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(),
                ServerProcess.Mode.DETACHED);
        this.s3 = new S3Server(data.resolve("s3"), settings.s3Port(), settings.s3AccessKey(), settings.s3SecretKey(),
                List.of(settings.s3Bucket()), ServerProcess.Mode.DETACHED);
        this.keycloak = new KeycloakServer(new KeycloakServer.Settings(data.resolve("keycloak"), settings.keycloakPort(),
                settings.keycloakManagementPort(), repository.realmFile(), REALM, settings.keycloakAdmin(),
                settings.keycloakAdminPassword(), ServerProcess.Mode.DETACHED));
        this.redis = new RedisServer(data.resolve("redis"), settings.redisPort(), ServerProcess.Mode.DETACHED);
        this.mail = new MailSink(data.resolve("mail"), settings.smtpPort(), settings.mailApiPort(), ServerProcess.Mode.DETACHED);
    }

    /** In start order; stop in reverse. */
    public List<LocalServer> servers() {
        return List.of(postgres, kafka, s3, keycloak, redis, mail);
    }

    public Repository repository() {
        return repository;
    }

    public LocalSettings settings() {
        return settings;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public S3Server s3() {
        return s3;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public RedisServer redis() {
        return redis;
    }

    /** The SMTP sink notification-service sends to; {@code ./atelier mail} shows what it received. */
    public MailSink mail() {
        return mail;
    }

    /** Creates each service's role and database (idempotent). */
    public void prepareServiceDatabases() {
        for (String name : SERVICE_DATABASES) {
            postgres.ensureRole(name, name, false);
            postgres.ensureDatabase(name, name);
        }
    }

    /** What runs where, with the local-only credentials, for the terminal. */
    public List<String> connectionDetails() {
        String issuer = keycloak.issuerUri();
        return List.of(
                "PostgreSQL  jdbc:postgresql://" + Ports.LOOPBACK + ":" + postgres.port() + "/<database>  ("
                        + (postgres.kind() == PostgresChoice.Kind.EMBEDDED ? "embedded, data " + repository.dataDir().resolve("postgres-embedded")
                                : "the machine's server") + ")",
                "            databases " + String.join(", ", SERVICE_DATABASES) + " (user = password = database name)",
                "Kafka       bootstrap servers " + kafka.bootstrapServers(),
                "S3          " + s3.endpoint() + "  region " + S3Server.REGION + ", path-style, access key "
                        + s3.accessKey() + ", secret " + s3.secretKey() + ", bucket " + settings.s3Bucket(),
                "Keycloak    " + keycloak.baseUrl() + "  admin console " + keycloak.baseUrl() + "/admin ("
                        + settings.keycloakAdmin() + " / " + settings.keycloakAdminPassword() + ")",
                "            realm " + REALM + ", issuer " + issuer,
                "            demo users lead / lead (lead_designer), junior / junior (junior_designer);"
                        + " clients atelier-web (public), atelier-service (secret atelier-service-secret)",
                "Redis       " + redis.host() + ":" + redis.port() + "  (the gateway's rate limits; no password, loopback only)",
                "Mail        SMTP " + mail.host() + ":" + mail.port() + " (a sink: no TLS, no password, any recipient, nothing relayed;"
                        + " ./atelier mail lists what it got, GreenMail's API " + mail.apiUrl() + ")");
    }
}
