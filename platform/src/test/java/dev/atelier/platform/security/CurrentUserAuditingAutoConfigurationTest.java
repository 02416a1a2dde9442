package dev.atelier.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.domain.ReactiveAuditorAware;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.r2dbc.mapping.event.ReactiveAuditingEntityCallback;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;

class CurrentUserAuditingAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CurrentUserAuditingAutoConfiguration.class));

    /** An entity as services write them: audit fields only annotated. */
    static class Customer {

        @Id
        Long id;

        @CreatedBy
        String createdBy;

        @LastModifiedBy
        String updatedBy;

        @CreatedDate
        Instant createdAt;

    }

    @Test
    void new_entity_gets_the_token_user_as_creator_and_updater() {
        var lead = new TestingAuthenticationToken("lead", null, List.of());
        lead.setAuthenticated(true);
        this.runner.withBean("r2dbcMappingContext", R2dbcMappingContext.class, R2dbcMappingContext::new)
            .run(context -> {
                ReactiveAuditingEntityCallback callback = context.getBean(ReactiveAuditingEntityCallback.class);
                Customer customer = (Customer) Mono.from(callback.onBeforeConvert(new Customer(), SqlIdentifier.unquoted("customer")))
                    .contextWrite(ReactiveSecurityContextHolder.withAuthentication(lead))
                    .block();
                assertThat(customer.createdBy).isEqualTo("lead");
                assertThat(customer.updatedBy).isEqualTo("lead");
                assertThat(customer.createdAt).isNotNull();
                // stamped at PostgreSQL's precision, so a create answers what a later read returns
                assertThat(customer.createdAt.getNano() % 1_000).isZero();
            });
    }

    @Test
    void without_a_database_there_is_an_auditor_but_no_auditing() {
        this.runner.run(context -> {
            assertThat(context).hasSingleBean(CurrentUserAuditor.class);
            assertThat(context).doesNotHaveBean(ReactiveAuditingEntityCallback.class);
        });
    }

    @Test
    void a_services_own_auditor_wins() {
        this.runner.withBean(ReactiveAuditorAware.class, () -> () -> Mono.just("system"))
            .run(context -> assertThat(context).doesNotHaveBean(CurrentUserAuditor.class)
                .hasSingleBean(ReactiveAuditorAware.class));
    }

}
