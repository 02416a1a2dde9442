package dev.atelier.platform.security;

import dev.atelier.platform.time.MicrosecondClock;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.ReactiveAuditorAware;
import org.springframework.data.r2dbc.config.EnableR2dbcAuditing;

/**
 * R2DBC auditing with the token's user as auditor, for services that own a database: entities
 * just annotate {@code @CreatedBy}, {@code @LastModifiedBy}, {@code @CreatedDate} and
 * {@code @LastModifiedDate}. A service's own {@code @EnableR2dbcAuditing} wins.
 */
// Names, not classes: R2DBC is optional for platform users.
@AutoConfiguration(afterName = "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.data.r2dbc.config.EnableR2dbcAuditing")
public final class CurrentUserAuditingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ReactiveAuditorAware.class)
    CurrentUserAuditor currentUserAuditor() {
        return new CurrentUserAuditor();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(type = "org.springframework.data.r2dbc.mapping.R2dbcMappingContext")
    @ConditionalOnMissingBean(name = "r2dbcAuditingHandler")
    @EnableR2dbcAuditing(dateTimeProviderRef = "atelierAuditingDateTimeProvider")
    static class R2dbcAuditingConfiguration {

        /**
         * The shop's clock (whole microseconds, what PostgreSQL keeps): what a create answers equals
         * what a later read returns.
         */
        @Bean
        DateTimeProvider atelierAuditingDateTimeProvider(ObjectProvider<Clock> clock) {
            return () -> Optional.of(clock.getIfAvailable(() -> MicrosecondClock.in(ZoneOffset.UTC)).instant());
        }
    }

}
