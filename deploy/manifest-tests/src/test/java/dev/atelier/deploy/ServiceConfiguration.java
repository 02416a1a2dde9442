package dev.atelier.deploy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service reads from the environment: the {@code ${NAME:default}} placeholders of its own
 * {@code application.yml}, plus the relaxed-binding name of every property it sets
 * ({@code eureka.instance.ip-address} = {@code EUREKA_INSTANCE_IPADDRESS}), and its port. A service
 * built on {@code platform} also reads the platform's shared {@code atelier-defaults.yml} (the same two
 * kinds of names, and the variables its comments name) and {@code SPRING_PROFILES_ACTIVE}, whose {@code docker} and {@code kubernetes}
 * profiles switch its log to JSON.
 */
record ServiceConfiguration(String module, Set<String> placeholders, Set<String> relaxedNames, int port, String portVariable,
        boolean usesPlatform) {

    /** The platform's defaults every service built on it shares. */
    static final Path PLATFORM_DEFAULTS = Path.of("platform/src/main/resources/atelier-defaults.yml");
    /** The profiles the platform knows (PlatformDefaults: structured JSON logs). */
    static final Set<String> PLATFORM_PROFILES = Set.of("docker", "kubernetes");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern PORT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):(\\d+)}");
    /** A variable name the platform's defaults document in a comment (MANAGEMENT_SERVER_PORT, ...). */
    private static final Pattern DOCUMENTED_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern PLATFORM_DEPENDENCY = Pattern.compile(
            "<groupId>dev\\.atelier</groupId>\\s*<artifactId>platform</artifactId>");

    static ServiceConfiguration of(String module) {
        String text = Repo.read(Repo.root().resolve(module).resolve("src/main/resources/application.yml"));
        Set<String> placeholders = new HashSet<>();
        Set<String> relaxed = new HashSet<>();
        read(text, placeholders, relaxed);
        boolean usesPlatform = PLATFORM_DEPENDENCY.matcher(Repo.read(Repo.root().resolve(module).resolve("pom.xml"))).find();
        if (usesPlatform) {
            String defaults = Repo.read(Repo.root().resolve(PLATFORM_DEFAULTS));
            read(defaults, placeholders, relaxed);
            // Spring Boot settings the defaults name for operators (e.g. the OTLP endpoint) count as read too
            Matcher documented = DOCUMENTED_NAME.matcher(defaults);
            while (documented.find()) {
                relaxed.add(documented.group());
            }
        }
        Object serverPort = Repo.at(Repo.documents(text).getFirst(), "server.port");
        Matcher port = PORT.matcher(String.valueOf(serverPort));
        if (!port.matches()) {
            throw new IllegalStateException(module + ": server.port is not ${VARIABLE:port} but " + serverPort);
        }
        return new ServiceConfiguration(module, placeholders, relaxed, Integer.parseInt(port.group(2)), port.group(1), usesPlatform);
    }

    /** Whether the service reads a variable of this name. */
    boolean reads(String variable) {
        return placeholders.contains(variable) || relaxedNames.contains(variable)
                || usesPlatform && variable.equals("SPRING_PROFILES_ACTIVE");
    }

    private static void read(String yaml, Set<String> placeholders, Set<String> relaxed) {
        Matcher matcher = PLACEHOLDER.matcher(yaml);
        while (matcher.find()) {
            placeholders.add(matcher.group(1));
        }
        Repo.documents(yaml).forEach(document -> collectKeys("", document, relaxed));
    }

    private static void collectKeys(String prefix, Map<String, Object> map, Set<String> names) {
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?>) {
                collectKeys(key, Repo.map(entry.getValue()), names);
            } else {
                names.add(key.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT));
            }
        }
    }
}
