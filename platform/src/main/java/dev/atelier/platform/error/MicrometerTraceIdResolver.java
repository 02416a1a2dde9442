package dev.atelier.platform.error;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * Finds the trace id of the request's server observation. Error handlers run on whatever thread
 * Reactor chose, so the thread-local current span is only the second choice.
 */
public final class MicrometerTraceIdResolver implements TraceIdResolver {

    private final ObjectProvider<Tracer> tracer;

    public MicrometerTraceIdResolver(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    @Override
    public String traceId(ServerWebExchange exchange) {
        Span span = observedSpan(exchange);
        if (span == null) {
            Tracer current = this.tracer.getIfAvailable();
            span = (current != null) ? current.currentSpan() : null;
        }
        String traceId = (span != null) ? span.context().traceId() : null;
        return (traceId != null && !traceId.isBlank()) ? traceId : exchange.getRequest().getId();
    }

    private static @Nullable Span observedSpan(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
            .map(context -> context.<TracingContext>get(TracingContext.class))
            .map(TracingContext::getSpan)
            .orElse(null);
    }

}
