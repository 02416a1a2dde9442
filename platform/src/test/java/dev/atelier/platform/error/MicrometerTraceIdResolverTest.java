package dev.atelier.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class MicrometerTraceIdResolverTest {

    private final SimpleTracer tracer = new SimpleTracer();

    private final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/orders"));

    private MicrometerTraceIdResolver resolver(Tracer... tracers) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (Tracer each : tracers) {
            beans.addBean("tracer", each);
        }
        return new MicrometerTraceIdResolver(beans.getBeanProvider(Tracer.class));
    }

    @Test
    void trace_id_comes_from_the_request_observation() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultTracingObservationHandler(this.tracer));
        ServerRequestObservationContext context = new ServerRequestObservationContext(this.exchange.getRequest(),
                this.exchange.getResponse(), this.exchange.getAttributes());
        Observation observation = Observation.start("http.server.requests", () -> context, registry);
        this.exchange.getAttributes().put(ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, context);
        String traceId = resolver(this.tracer).traceId(this.exchange);
        observation.stop();
        assertThat(traceId).isNotBlank().isEqualTo(this.tracer.onlySpan().getTraceId());
    }

    @Test
    void trace_id_falls_back_to_the_tracers_current_span() {
        Span span = this.tracer.nextSpan().start();
        try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
            assertThat(resolver(this.tracer).traceId(this.exchange)).isEqualTo(span.context().traceId()).isNotBlank();
        }
        finally {
            span.end();
        }
    }

    @Test
    void trace_id_is_the_request_id_when_nothing_traces() {
        assertThat(resolver().traceId(this.exchange)).isEqualTo(this.exchange.getRequest().getId());
        assertThat(resolver(this.tracer).traceId(this.exchange)).isEqualTo(this.exchange.getRequest().getId());
    }

}
