package dev.atelier.deploy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's own {@code application.yml} reads from the environment: the {@code ${NAME:default}}
 * placeholders, plus the relaxed-binding name of every property it sets
 * ({@code eureka.client.webclient.enabled} = {@code EUREKA_CLIENT_WEBCLIENT_ENABLED}), and its port.
 */
record ServiceConfiguration(String module, Set<String> placeholders, Set<String> relaxedNames, int port, String portVariable) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern PORT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):(\\d+)}");

    static ServiceConfiguration of(String module) {
        Path file = Repo.root().resolve(module).resolve("src/main/resources/application.yml");
        String text = Repo.read(file);
        Set<String> placeholders = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            placeholders.add(matcher.group(1));
        }
        Set<String> relaxed = new HashSet<>();
        Map<String, Object> first = Repo.documents(text).getFirst();
        collectKeys("", first, relaxed);
        Object serverPort = Repo.at(first, "server.port");
        Matcher port = PORT.matcher(String.valueOf(serverPort));
        if (!port.matches()) {
            throw new IllegalStateException(module + ": server.port is not ${VARIABLE:port} but " + serverPort);
        }
        return new ServiceConfiguration(module, placeholders, relaxed, Integer.parseInt(port.group(2)), port.group(1));
    }

    /** Whether the service reads a variable of this name. */
    boolean reads(String variable) {
        return placeholders.contains(variable) || relaxedNames.contains(variable);
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
