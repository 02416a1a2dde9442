package dev.atelier.platform.error;

import io.micrometer.tracing.Tracer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;

/**
 * RFC 9457 problem+json for every failure of a WebFlux service. Runs before Boot's error
 * handling so Boot's HTML/JSON error views and its own problem-details advice back off.
 */
@AutoConfiguration(before = { ErrorWebFluxAutoConfiguration.class, WebFluxAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public final class ProblemDetailsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemExceptionHandler problemExceptionHandler(TraceIdResolver traceIdResolver) {
        return new ProblemExceptionHandler(traceIdResolver);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemResponseWriter problemResponseWriter(ServerCodecConfigurer codecs) {
        return new ProblemResponseWriter(codecs);
    }

    /** Ahead of Boot's default (-1) and Spring's status handler (0). */
    @Bean
    @Order(-2)
    @ConditionalOnMissingBean(ErrorWebExceptionHandler.class)
    ProblemErrorWebExceptionHandler problemErrorWebExceptionHandler(ProblemExceptionHandler problems,
            ProblemResponseWriter writer) {
        return new ProblemErrorWebExceptionHandler(problems, writer);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class TracingTraceIdConfiguration {

        @Bean
        @ConditionalOnMissingBean
        TraceIdResolver traceIdResolver(ObjectProvider<Tracer> tracer) {
            return new MicrometerTraceIdResolver(tracer);
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("io.micrometer.tracing.Tracer")
    static class RequestIdConfiguration {

        @Bean
        @ConditionalOnMissingBean
        TraceIdResolver traceIdResolver() {
            return TraceIdResolver.requestId();
        }

    }

    /** The 401/403 writers the security chain uses; a service's own chain may use them too. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ServerAuthenticationEntryPoint.class)
    static class SecurityProblemsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponseWriter writer) {
            return new ProblemAuthenticationEntryPoint(writer);
        }

        @Bean
        @ConditionalOnMissingBean
        ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemResponseWriter writer) {
            return new ProblemAccessDeniedHandler(writer);
        }

    }

}
