package dev.atelier.platform.observability;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@link TraceContextSource} the outbox keeps with each event, so a trace continues across Kafka. */
@AutoConfiguration
public final class ObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TraceContextSource traceContextSource(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        if (currentTracer == null || currentPropagator == null || currentTracer == Tracer.NOOP) {
            return TraceContextSource.NONE;
        }
        return new MicrometerTraceContextSource(currentTracer, currentPropagator);
    }
}
