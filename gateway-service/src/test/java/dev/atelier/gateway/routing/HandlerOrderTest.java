package dev.atelier.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.GatewayTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The routes are looked up before the gateway's own controllers, which is only right while no route
 * claims a controller's path: every controller path (its variables filled in) is matched by no route.
 */
class HandlerOrderTest extends GatewayTest {

    @Autowired
    private RoutePredicateHandlerMapping routes;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping controllers;

    @Autowired
    private RouteLocator routeLocator;

    @Test
    void routes_come_before_the_controllers() {
        assertThat(this.routes.getOrder()).isLessThan(this.controllers.getOrder());
    }

    @Test
    void no_route_claims_a_path_of_the_gateways_own_controllers() {
        List<String> paths = this.controllers.getHandlerMethods().keySet().stream()
                .flatMap(mapping -> mapping.getPatternsCondition().getPatterns().stream())
                .map(pattern -> pattern.getPatternString().replaceAll("\\{[^}]+}", "x"))
                .distinct()
                .toList();
        List<Route> all = this.routeLocator.getRoutes().collectList().block();

        assertThat(paths).contains("/api/auth/login", "/api/me", "/api/users", "/api/updates", "/fallback/x");
        assertThat(all).hasSizeGreaterThanOrEqualTo(5);
        for (String path : paths) {
            MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
            List<String> claiming = Flux.fromIterable(all)
                    .filterWhen(route -> Mono.from(route.getPredicate().apply(exchange)))
                    .map(Route::getId)
                    .collectList()
                    .block();
            assertThat(claiming).as("routes matching the controller path %s", path).isEmpty();
        }
    }
}
