package dev.atelier.suite;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One Spring Boot application of the suite as {@code ./atelier up} runs it: its Maven module (whose
 * name is also its {@code spring.application.name}), its port and the variable its
 * {@code application.yml} reads the port from.
 *
 * @param name the short name used on the command line and in {@code .atelier/logs/NAME.log}
 * @param databasePrefix the prefix of its database variables ({@code ORDER} gives {@code ORDER_DB_USER}), or null
 */
public record SuiteService(String name, String module, int standardPort, String portVariable, String databasePrefix) {

    public static final String VERSION = "0.1.0-SNAPSHOT";

    public static final SuiteService DISCOVERY = new SuiteService("discovery", "discovery-service", 8761, "DISCOVERY_PORT", null);
    public static final SuiteService CUSTOMER = new SuiteService("customer", "customer-service", 8082, "CUSTOMER_PORT", "CUSTOMER");
    public static final SuiteService INVENTORY = new SuiteService("inventory", "inventory-service", 8083, "INVENTORY_PORT", "INVENTORY");
    public static final SuiteService ORDER = new SuiteService("order", "order-service", 8081, "ORDER_PORT", "ORDER");
    public static final SuiteService MEDIA = new SuiteService("media", "media-service", 8084, "MEDIA_PORT", "MEDIA");
    public static final SuiteService NOTIFICATION =
            new SuiteService("notification", "notification-service", 8085, "NOTIFICATION_PORT", "NOTIFICATION");
    public static final SuiteService GATEWAY = new SuiteService("gateway", "gateway-service", 8080, "GATEWAY_PORT", null);

    /**
     * In start order: the registry, the five services (notification-service after the customer and order
     * services it reads from), then the front door. Stop in reverse.
     */
    public static final List<SuiteService> ALL = List.of(DISCOVERY, CUSTOMER, INVENTORY, ORDER, MEDIA, NOTIFICATION, GATEWAY);

    /** "order" or "order-service" (any case). */
    public static Optional<SuiteService> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(service -> service.name.equals(wanted) || service.module.equals(wanted)).findFirst();
    }

    /** The port: the service's own variable when set in the launcher's environment, else the standard one. */
    public int port(Map<String, String> environment) {
        String value = environment.get(portVariable);
        if (value == null || value.isBlank()) {
            return standardPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(portVariable + " must be a port number, not '" + value + "'");
        }
    }

    /** Its database (and role) name in the local PostgreSQL, e.g. {@code order_service}. */
    public Optional<String> database() {
        return databasePrefix == null ? Optional.empty() : Optional.of(module.replace('-', '_'));
    }

    public Path moduleDir(Path root) {
        return root.resolve(module);
    }

    /** The executable jar {@code ./mvnw package} writes. */
    public Path jar(Path root) {
        return moduleDir(root).resolve("target").resolve(module + "-" + VERSION + ".jar");
    }

    /** Whether it registers with Eureka, i.e. everything but the registry itself. */
    public boolean isRegistry() {
        return this == DISCOVERY;
    }
}
