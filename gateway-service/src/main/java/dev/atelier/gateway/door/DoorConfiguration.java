package dev.atelier.gateway.door;

import dev.atelier.platform.error.ProblemResponseWriter;
import dev.atelier.platform.error.TraceIdResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The gateway's rules at the door besides the token: correlation id, CORS and body limits. */
@Configuration(proxyBeanMethods = false)
class DoorConfiguration {

    /** The trace id of a 500 problem is the correlation id the client got in the header. */
    @Bean
    TraceIdResolver correlationTraceIdResolver() {
        return exchange -> {
            String id = CorrelationId.of(exchange);
            return id != null ? id : exchange.getRequest().getId();
        };
    }

    @Bean
    BodyLimitFilter bodyLimitFilter(BodyLimitProperties limits, ProblemResponseWriter problems) {
        return new BodyLimitFilter(limits, problems);
    }

    /** Picked up by Spring Security's WebFilterChainProxy: its firewall's refusals become problems too. */
    @Bean
    RejectedRequestHandler rejectedRequestHandler(ProblemResponseWriter problems) {
        return new RejectedRequestHandler(problems);
    }

    /** Right after the correlation id, so refusals carry it; well before security (-100). */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    CorsFilter corsFilter(CorsProperties cors, ProblemResponseWriter problems) {
        return new CorsFilter(cors, problems);
    }

}
