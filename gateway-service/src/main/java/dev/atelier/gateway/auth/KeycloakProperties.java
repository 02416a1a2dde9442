package dev.atelier.gateway.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway reaches Keycloak for the token endpoints. {@code url} is the back-channel
 * address, which may differ from the public issuer the resource server checks.
 *
 * @param url Keycloak's base URL, e.g. {@code http://127.0.0.1:8180}
 * @param realm the realm whose tokens the suite accepts
 * @param clientId the public client logins are made for (password grant enabled)
 * @param timeout how long one call to Keycloak may take before the gateway answers 503
 */
@ConfigurationProperties("atelier.keycloak")
public record KeycloakProperties(@DefaultValue("http://127.0.0.1:8180") String url,
        @DefaultValue("atelier") String realm, @DefaultValue("atelier-web") String clientId,
        @DefaultValue("10s") Duration timeout) {

    /** The realm's OpenID Connect endpoints: {@code .../token}, {@code .../logout}. */
    public String openIdConnectUrl() {
        return base() + "/realms/" + realm + "/protocol/openid-connect";
    }

    /** The realm's admin REST API: {@code .../users}, {@code .../roles}. */
    public String adminUrl() {
        return base() + "/admin/realms/" + realm;
    }

    private String base() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

}
