package dev.atelier.platform.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A service's additions to the shared filter chain, as a bean (e.g. the gateway's browser login
 * for the web console). Applied after the chain's stateless defaults, which it may replace, and
 * before its access rules, so rules it adds to {@code authorizeExchange} are matched first.
 */
@FunctionalInterface
public interface SecurityChainCustomizer {

    void customize(ServerHttpSecurity http);

}
