package dev.atelier.platform.security;

import java.net.InetSocketAddress;
import org.springframework.core.env.Environment;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

/**
 * Metrics are anonymous only on the management port ({@code MANAGEMENT_SERVER_PORT}), which deployments keep
 * inside the cluster (NetworkPolicy: the monitoring namespace); on the service's own port they need a token like
 * any API call, so the gateway's public port no longer hands its metrics to anyone.
 */
final class ManagementPortMetrics {

    static final String PROMETHEUS = "/actuator/prometheus";

    private ManagementPortMetrics() {}

    /** Prometheus' path arriving on a management port of its own; never matches without one. */
    static ServerWebExchangeMatcher matcher(Environment environment) {
        Integer management = environment.getProperty("management.server.port", Integer.class);
        Integer server = environment.getProperty("server.port", Integer.class, 8080);
        if (management == null || management <= 0 || management.equals(server)) {
            return exchange -> ServerWebExchangeMatcher.MatchResult.notMatch();
        }
        ServerWebExchangeMatcher path = new PathPatternParserServerWebExchangeMatcher(PROMETHEUS);
        ServerWebExchangeMatcher port = exchange -> {
            InetSocketAddress local = exchange.getRequest().getLocalAddress();
            return local != null && local.getPort() == management
                    ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
        return new AndServerWebExchangeMatcher(path, port);
    }
}
