package dev.atelier.servers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Keycloak from its Maven Central distribution, in development mode ({@code start-dev}: a file
 * database, plain HTTP) on 127.0.0.1, with the realm file imported on first start. Several instances
 * (the local one on 8180, one per test JVM on free ports) share the unpacked distribution; each keeps
 * its database, import folder and transaction logs in its own folder.
 *
 * <p>Tokens carry {@code iss} with the host the client used, so everything talks to
 * {@code http://127.0.0.1:<port>}, never {@code localhost}.
 */
public final class KeycloakServer implements LocalServer {

    /**
     * @param dir the instance's own folder: {@code import/}, {@code data/} (H2 database, transaction logs), log and pid
     * @param managementPort Keycloak's management interface (health); must differ from every other port
     * @param realmFile the realm JSON imported when the realm does not exist yet
     */
    public record Settings(Path dir, int port, int managementPort, Path realmFile, String realm, String adminUsername,
            String adminPassword, ServerProcess.Mode mode) {}

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Settings settings;
    private final ServerProcess process;
    private KeycloakDistribution.FirstStart firstStart;

    /** JVM options appended (kc.sh's JAVA_OPTS_APPEND) for local runs. */
    static final String LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1";

    public KeycloakServer(Settings settings) {
        this.settings = settings;
        this.process = new ServerProcess("Keycloak", settings.dir(), settings.mode());
    }

    @Override
    public String name() {
        return "Keycloak";
    }

    @Override
    public int port() {
        return settings.port();
    }

    public Settings settings() {
        return settings;
    }

    public String baseUrl() {
        return "http://" + Ports.LOOPBACK + ":" + settings.port();
    }

    /** The realm's issuer, as the tokens carry it and resource servers check it. */
    public String issuerUri() {
        return baseUrl() + "/realms/" + settings.realm();
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    @Override
    public Duration startTimeout() {
        // The first start also unpacks Keycloak and runs its build step: 199 s on a fresh 2-core machine while the
        // services started beside it (2026-12-07), past the 3 minutes allowed before.
        return Duration.ofMinutes(5);
    }

    @Override
    public ServerStatus status() {
        return process.status(name(), baseUrl(), settings.port(), realmAnswers());
    }

    @Override
    public StartOutcome start() {
        if (process.alreadyRunning(name(), settings.port(), () -> realmAnswers(), "ATELIER_KEYCLOAK_PORT")) {
            return StartOutcome.ALREADY_RUNNING;
        }
        if (Ports.isListening(settings.managementPort())) {
            throw Ports.taken("Keycloak's management interface", settings.managementPort(),
                    "ATELIER_KEYCLOAK_MANAGEMENT_PORT");
        }
        if (!Files.isRegularFile(settings.realmFile())) {
            throw new InfraException("the realm file " + settings.realmFile() + " is missing (it lives in identity/realm/)");
        }
        Jdk jdk = Jdk.forServers();
        Artifacts artifacts = Artifacts.fromBuild();
        KeycloakDistribution distribution = KeycloakDistribution.unpacked(artifacts.keycloakDistribution(),
                artifacts.keycloakVersion(), KeycloakDistribution.cacheRoot());
        Path importDir = settings.dir().resolve("import");
        try {
            Files.createDirectories(importDir);
            Files.createDirectories(settings.dir().resolve("data"));
            Files.copy(settings.realmFile(), importDir.resolve(settings.realm() + "-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InfraException("cannot prepare " + settings.dir() + ": " + e.getMessage(), e);
        }
        firstStart = distribution.firstStart();
        try {
            process.launch(command(distribution.kcScript(), settings), environment -> {
                // a developer's own KC_* settings (e.g. KC_DB) must not change this local server
                environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_"));
                environment.put("JAVA_HOME", jdk.home().toString());
                environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUsername());
                environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword());
                if (settings.mode() == ServerProcess.Mode.DETACHED) {
                    // local runs: C1 only starts it markedly faster on a small shared
                    // machine (see the deploy notes); the tests' instances keep Keycloak's own defaults
                    environment.put("JAVA_OPTS_APPEND", LOCAL_JAVA_OPTIONS);
                }
            });
        } catch (RuntimeException e) {
            finishFirstStart(false);
            throw e;
        }
        return StartOutcome.STARTED;
    }

    @Override
    public void awaitReady(Duration timeout) {
        boolean ready = false;
        try {
            process.awaitReady(this::realmAnswers, timeout, "serving " + issuerUri() + "/.well-known/openid-configuration");
            ready = true;
        } finally {
            finishFirstStart(ready);
        }
        addRealmAdditions();
    }

    /**
     * A realm imported by an earlier start gets what the realm file has gained since (a new client or
     * role, say): {@code --import-realm} leaves an existing realm alone.
     */
    private void addRealmAdditions() {
        try {
            RealmAdditions.addMissing(baseUrl(), settings.realm(), settings.adminUsername(), settings.adminPassword(),
                    settings.realmFile());
        } catch (IOException e) {
            throw new InfraException("cannot bring the realm file's additions into Keycloak: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while updating the realm", e);
        }
    }

    @Override
    public StopOutcome stop() {
        return process.stop(settings.port());
    }

    /** True when no Keycloak has started from the cached distribution yet (the next start is the slow one). */
    public boolean firstStartPending() {
        try {
            return !KeycloakDistribution.firstStartDone(Artifacts.fromBuild().keycloakVersion(), KeycloakDistribution.cacheRoot());
        } catch (InfraException e) {
            return true;
        }
    }

    /** True when the realm's OpenID configuration answers. */
    public boolean realmAnswers() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {@code kc.sh start-dev} with everything instance-specific pointed at the instance's folder. The
     * {@code -D} options come after kc.sh's own, so they win; {@code --health-enabled} is a build
     * option, so every instance passes the same value and the cached build step stays valid.
     */
    static List<String> command(Path kcScript, Settings settings) {
        Path dir = settings.dir().toAbsolutePath();
        return List.of(kcScript.toString(), "start-dev",
                "--http-host=" + Ports.LOOPBACK,
                "--http-port=" + settings.port(),
                "--http-management-port=" + settings.managementPort(),
                "--health-enabled=true",
                "--import-realm",
                // the dev-file H2 database: <dir>/data/h2
                "-Dkc.db-url-path=" + dir,
                // --import-realm would read <distribution>/data/import, shared by all instances
                "-Dkeycloak.migration.dir=" + dir.resolve("import"),
                "-Dquarkus.transaction-manager.object-store.directory=" + dir.resolve("data").resolve("transaction-logs"));
    }

    private void finishFirstStart(boolean succeeded) {
        KeycloakDistribution.FirstStart pending = firstStart;
        firstStart = null;
        if (pending != null) {
            pending.finish(succeeded);
        }
    }
}
