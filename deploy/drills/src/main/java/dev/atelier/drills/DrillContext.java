package dev.atelier.drills;

import dev.atelier.apiclient.GatewayApi;
import dev.atelier.load.WrkLoad;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What a drill may use: the API through the gateway, the load engine, the services' own ports, the
 * databases, the broker and Keycloak, and control over the suite's processes (all on loopback).
 */
public interface DrillContext {

    GatewayApi api();

    /** The load engine (wrk) with lead's token, for drills that keep orders coming while something breaks. */
    WrkLoad load();

    /** {@code http://127.0.0.1:PORT} of a service by its short name ({@code order}, {@code inventory}, ...). */
    String serviceUrl(String service);

    /** A new JDBC connection to a service database ({@code order_service}, ...), as that service's role. */
    Connection database(String name) throws SQLException;

    /** {@code Basic ...} of the account the services register with in Eureka (the registry drill reads with it). */
    String registryAuthorization();

    /** The broker's bootstrap address. */
    String kafkaBootstrap();

    /** Keycloak's base URL ({@code http://127.0.0.1:8180}). */
    String keycloakUrl();

    /** The realm the suite's users live in. */
    String realm();

    /** Keycloak's admin user and password (master realm) of this local run. */
    String keycloakAdmin();

    String keycloakAdminPassword();

    /** Stops a service the way {@code ./atelier down} does (SIGTERM, graceful). */
    void stopService(String service);

    /** Kills a service at once (SIGKILL): no shutdown hooks, no graceful close. */
    void killService(String service);

    /** Starts a stopped service and waits until it is ready and listed in Eureka. */
    Duration startService(String service);

    void stopKafka();

    /** Starts the broker again and waits until it answers. */
    Duration startKafka();
}
