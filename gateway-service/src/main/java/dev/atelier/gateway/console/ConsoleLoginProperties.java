package dev.atelier.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web console's sign-in through the gateway (its Backend-for-Frontend).
 *
 * @param clientId the confidential realm client the gateway signs designers in with
 * @param clientSecret its secret (from the environment; Keycloak refuses the code exchange without it)
 */
@ConfigurationProperties("atelier.gateway.console")
record ConsoleLoginProperties(@DefaultValue("atelier-console") String clientId, @DefaultValue("") String clientSecret) {

    /** The path Spring Security starts the sign-in at, and the callback Keycloak sends the browser back to. */
    static final String REGISTRATION_ID = "atelier-console";

}
