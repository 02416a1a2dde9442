package dev.atelier.platform.test;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a service's role-guarded endpoints from its own handler mappings (not from its access
 * rules, so a rule left out is caught) and proves the role is decided before the input is read:
 * a junior with a junk body, junk path variables and junk paging gets 403, where a lead gets 400
 * for the same junk.
 */
public final class RoleRules {

    /** What a test sends: truncated JSON, so a handler that parses it answers 400. */
    public static final String JUNK_BODY = "{\"junk\": [1, ";

    /** Stands for every path variable: not a UUID, not a number. */
    public static final String JUNK_VARIABLE = "junk";

    /** Paging and filters no handler accepts. */
    public static final String JUNK_QUERY = "?page=junk&size=-1&sort=%40%40";

    /** One handler method behind a role rule; {@code readsBody} when it parses a request body. */
    public record Endpoint(HttpMethod method, String pattern, boolean readsBody) {

        /** The pattern with every variable replaced by junk, plus junk paging. */
        public String junkUri() {
            return this.pattern.replaceAll("\\{[^}]+}", JUNK_VARIABLE) + JUNK_QUERY;
        }

        @Override
        public String toString() {
            return this.method + " " + this.pattern;
        }
    }

    private RoleRules() {
    }

    /**
     * Every endpoint whose handler method (or its class) carries {@code @PreAuthorize(expression)},
     * e.g. {@code Roles.LEAD_DESIGNER_ONLY}; one per method and path pattern, sorted.
     */
    public static List<Endpoint> guardedBy(ApplicationContext context, String expression) {
        return context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
            .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
            .filter(entry -> expression.equals(preAuthorize(entry.getValue())))
            .flatMap(entry -> endpoints(entry.getKey(), entry.getValue()))
            .distinct()
            .sorted(Comparator.comparing(Endpoint::pattern).thenComparing(endpoint -> endpoint.method().name()))
            .toList();
    }

    /**
     * One test per endpoint: a junior with junk input gets a 403 problem. A lead with the same junk
     * gets a 400 where the handler reads a body (else, with a path variable, another client error
     * such as a 404 for a junk id): the junk would have been refused had the role come second.
     */
    public static Stream<DynamicTest> refuseJuniorBeforeInput(List<Endpoint> endpoints, WebTestClient web,
            String juniorToken, String leadToken) {
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("no guarded endpoints found: is the expression right?");
        }
        return endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint + " with junk input", () -> {
            Refusals.forbidden(send(web, endpoint, juniorToken));
            if (endpoint.readsBody()) {
                send(web, endpoint, leadToken).expectStatus().isBadRequest();
            } else if (endpoint.pattern().contains("{")) {
                send(web, endpoint, leadToken).expectStatus().value(status -> {
                    if (status < 400 || status >= 500 || status == 401 || status == 403) {
                        throw new AssertionError(endpoint + " with junk input answered a lead " + status);
                    }
                });
            }
        }));
    }

    private static WebTestClient.ResponseSpec send(WebTestClient web, Endpoint endpoint, String token) {
        return web.method(endpoint.method()).uri(endpoint.junkUri())
            .headers(headers -> headers.setBearerAuth(token))
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(JUNK_BODY)
            .exchange();
    }

    private static String preAuthorize(HandlerMethod handler) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        PreAuthorize found = onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        return found == null ? null : found.value();
    }

    private static Stream<Endpoint> endpoints(RequestMappingInfo info, HandlerMethod handler) {
        boolean readsBody = Stream.of(handler.getMethodParameters())
            .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class)
                    || parameter.hasParameterAnnotation(RequestPart.class));
        List<RequestMethod> methods = List.copyOf(info.getMethodsCondition().getMethods());
        return info.getPatternsCondition().getPatterns().stream()
            .map(PathPattern::getPatternString)
            .flatMap(pattern -> methods.stream().map(method -> new Endpoint(method.asHttpMethod(), pattern, readsBody)));
    }

}
