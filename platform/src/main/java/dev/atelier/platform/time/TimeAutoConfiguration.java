package dev.atelier.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and the shop's clock: every date or time a client sends (JSON bodies and query parameters) is
 * bounded by {@link DateBounds}, and the {@link Clock} bean runs in the shop's time zone
 * ({@code atelier.time-zone}, {@code ATELIER_TIME_ZONE}, default UTC), so "today" is the shop's day,
 * in whole microseconds.
 */
@AutoConfiguration
@EnableConfigurationProperties(ShopTimeProperties.class)
public final class TimeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock shopClock(ShopTimeProperties properties) {
        return MicrosecondClock.in(properties.timeZone());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JacksonModule.class)
    static class BoundedJson {

        @Bean
        JacksonModule atelierBoundedDatesModule() {
            return boundedDatesModule();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    static class BoundedParameters {

        @Bean
        WebFluxConfigurer boundedDateParameters() {
            return new WebFluxConfigurer() {
                @Override
                public void addFormatters(FormatterRegistry registry) {
                    BoundedDateConverters.register(registry);
                }
            };
        }
    }

    /** The module on its own, for mappers built outside Spring. */
    public static JacksonModule boundedDatesModule() {
        return new SimpleModule("atelier-bounded-dates")
                .addDeserializer(LocalDate.class, bounded(LocalDateDeserializer.INSTANCE))
                .addDeserializer(Instant.class, bounded(InstantDeserializer.INSTANT))
                .addDeserializer(OffsetDateTime.class, bounded(InstantDeserializer.OFFSET_DATE_TIME));
    }

    /** The delegating deserializer answers what its delegate answers, once checked. */
    @SuppressWarnings("unchecked")
    private static <T> ValueDeserializer<T> bounded(ValueDeserializer<T> delegate) {
        return (ValueDeserializer<T>) (ValueDeserializer<?>) new BoundedDateDeserializer(delegate);
    }
}
