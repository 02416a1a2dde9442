package dev.atelier.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

/** A broker outage only delays customer.changed (the outbox keeps it): it must not take the service out of service. */
class ReadinessTest extends ApiTest {

    @Autowired
    private HealthEndpointGroups groups;

    @Test
    void readiness_follows_the_database_but_not_kafka() {
        HealthEndpointGroup readiness = groups.get("readiness");
        assertThat(readiness.isMember("r2dbc")).isTrue();
        assertThat(readiness.isMember("kafka")).isFalse();
    }
}
