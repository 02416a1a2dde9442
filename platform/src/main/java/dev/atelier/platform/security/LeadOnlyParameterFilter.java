package dev.atelier.platform.security;

import dev.atelier.platform.error.ForbiddenInputException;
import dev.atelier.platform.error.ProblemResponseWriter;
import java.util.List;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Refuses the money-revealing query parameters of {@link AccessRules#leadOnlyParameters()} for
 * callers who may not see money, in the security chain after authentication: a junior's
 * {@code paymentStatus} is a 403 naming it even when another parameter is malformed, which the
 * handler would only find while binding (400).
 */
final class LeadOnlyParameterFilter implements WebFilter {

    private record Rule(AccessRules.LeadOnlyParameter parameter, PathPattern pattern) {
    }

    private final List<Rule> rules;

    private final ProblemResponseWriter writer;

    LeadOnlyParameterFilter(List<AccessRules.LeadOnlyParameter> parameters, ProblemResponseWriter writer) {
        this.rules = parameters.stream()
                .map(parameter -> new Rule(parameter, PathPatternParser.defaultInstance.parse(parameter.pattern())))
                .toList();
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String sent = firstSent(exchange);
        if (sent == null) {
            return chain.filter(exchange);
        }
        return CurrentUser.seesMoney().flatMap(seesMoney -> seesMoney ? chain.filter(exchange)
                : this.writer.write(exchange, new ForbiddenInputException(sent,
                        "Only lead designers may filter or sort by " + sent + ".").getBody()));
    }

    /** The first lead-only parameter this request sends, or null. */
    private String firstSent(ServerWebExchange exchange) {
        MultiValueMap<String, String> query = exchange.getRequest().getQueryParams();
        for (Rule rule : this.rules) {
            if (!rule.parameter().method().equals(exchange.getRequest().getMethod())
                    || !rule.pattern().matches(exchange.getRequest().getPath().pathWithinApplication())) {
                continue;
            }
            String name = rule.parameter().parameter();
            String sortField = rule.parameter().sortField();
            if (sortField == null ? query.containsKey(name) : sortsBy(query.get(name), sortField)) {
                return name;
            }
        }
        return null;
    }

    private static boolean sortsBy(List<String> sorts, String field) {
        if (sorts == null) {
            return false;
        }
        return sorts.stream().anyMatch(sort -> sort.split(",", 2)[0].trim().equals(field));
    }

}
