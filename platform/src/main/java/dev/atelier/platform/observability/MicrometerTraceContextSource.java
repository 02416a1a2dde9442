package dev.atelier.platform.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reads the current span from the Reactor context (where WebFlux and the Kafka listener put
 * their observation) or, failing that, from the tracer's thread-local, and writes its context
 * with the configured propagator (W3C).
 */
final class MicrometerTraceContextSource implements TraceContextSource {

    private final Tracer tracer;
    private final Propagator propagator;

    MicrometerTraceContextSource(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Mono<TraceHeaders> current() {
        return Mono.deferContextual(context -> {
            Span span = spanOf(context.getOrDefault(ObservationThreadLocalAccessor.KEY, null));
            if (span == null) {
                span = tracer.currentSpan();
            }
            if (span == null) {
                return Mono.just(TraceHeaders.NONE);
            }
            Map<String, String> headers = new HashMap<>();
            propagator.inject(span.context(), headers, Map::put);
            return Mono.just(new TraceHeaders(headers.get(TraceHeaders.TRACEPARENT), headers.get(TraceHeaders.TRACESTATE)));
        });
    }

    private static @Nullable Span spanOf(@Nullable Observation observation) {
        if (observation == null || observation.isNoop()) {
            return null;
        }
        TracingObservationHandler.TracingContext tracing =
                observation.getContextView().get(TracingObservationHandler.TracingContext.class);
        return tracing == null ? null : tracing.getSpan();
    }
}
