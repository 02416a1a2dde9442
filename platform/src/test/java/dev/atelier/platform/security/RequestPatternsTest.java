package dev.atelier.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

class RequestPatternsTest {

    private static final AccessRules RULES = AccessRules.builder()
            .leadOnlyWrites("/api/orders", "/api/orders/*", "/api/orders/*/status", "api/order-items/*")
            .leadOnlyAll("/api/orders/*/payments", "/api/orders/*/payments/**")
            .leadOnly(HttpMethod.GET, "/api/users/{id}/roles")
            .build();

    private static final List<String> PATHS = List.of("/api/orders", "/api/orders/", "/api/orders/42",
            "/api/orders/42/", "/api/orders/42/status", "/api/orders/42/items", "/api/orders/42/payments",
            "/api/orders/42/payments/7", "/api/orders/42/payments/7/refund", "/api/order-items/9",
            "/api/order-items", "/api/users/ann/roles", "/api/users/ann", "/API/orders/42", "/api/orders/4%2F2",
            "/api/orders/42;v=1", "/", "/actuator/health/liveness", "/actuator/health", "/actuator/info",
            "/actuator/infox", "/swagger-ui/index.html");

    @Test
    void lead_only_rules_match_what_one_spring_matcher_per_rule_matches() {
        RequestPatterns patterns = RequestPatterns.leadOnly(RULES.leadOnly());
        int checked = 0;
        for (HttpMethod method : HttpMethod.values()) {
            for (String path : PATHS) {
                MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
                boolean spring = RULES.leadOnly().stream()
                        .anyMatch(rule -> matches(new PathPatternParserServerWebExchangeMatcher(rule.pattern(),
                                rule.method()), exchange));
                assertThat(matches(patterns, exchange)).as("%s %s", method, path).isEqualTo(spring);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(HttpMethod.values().length * PATHS.size());
    }

    @Test
    void public_paths_match_any_method_as_spring_matchers_do() {
        List<String> publicPaths = List.of("/actuator/health/**", "/actuator/info", "/swagger-ui/**");
        RequestPatterns patterns = RequestPatterns.anyMethod(publicPaths);
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.DELETE)) {
            for (String path : PATHS) {
                MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
                boolean spring = publicPaths.stream()
                        .anyMatch(pattern -> matches(new PathPatternParserServerWebExchangeMatcher(pattern), exchange));
                assertThat(matches(patterns, exchange)).as("%s %s", method, path).isEqualTo(spring);
            }
        }
    }

    @Test
    void a_read_of_an_order_is_not_lead_only_and_a_change_or_a_payment_read_is() {
        RequestPatterns patterns = RequestPatterns.leadOnly(RULES.leadOnly());
        assertThat(patterns.test(MockServerHttpRequest.get("/api/orders/42").build())).isFalse();
        assertThat(patterns.test(MockServerHttpRequest.patch("/api/orders/42").build())).isTrue();
        assertThat(patterns.test(MockServerHttpRequest.get("/api/orders/42/payments").build())).isTrue();
        assertThat(patterns.test(MockServerHttpRequest.delete("/api/order-items/9").build())).isTrue();
        assertThat(RequestPatterns.leadOnly(List.of()).test(MockServerHttpRequest.post("/api/orders").build()))
                .isFalse();
    }

    private static boolean matches(ServerWebExchangeMatcher matcher, MockServerWebExchange exchange) {
        return matcher.matches(exchange).map(ServerWebExchangeMatcher.MatchResult::isMatch).block();
    }

}
