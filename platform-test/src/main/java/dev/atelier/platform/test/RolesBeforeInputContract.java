package dev.atelier.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The role rule every service proves the same way, as a JUnit test interface: a service's Spring
 * test (which extends its own base class) implements it and names only its lead-only endpoints;
 * the application context and its WebTestClient come from Spring's test extension. For each
 * endpoint found from the handlers' {@code @PreAuthorize} (not from the access rules, so a rule
 * left out is caught), a junior sending a junk body, junk path variables and junk paging gets 403,
 * not 400 or 415.
 */
public interface RolesBeforeInputContract {

    /** The {@code @PreAuthorize} expression of lead-only handlers ({@code Roles.LEAD_DESIGNER_ONLY}). */
    String leadOnlyExpression();

    /** The service's lead-only endpoints as {@code "METHOD /pattern"}, all of them. */
    List<String> leadOnlyEndpoints();

    @TestFactory
    default Stream<DynamicTest> a_junior_gets_403_whatever_the_input(ApplicationContext context,
            @Autowired WebTestClient client) {
        KeycloakEndpoint keycloak = TestInfrastructure.keycloak();
        return RoleRules.refuseJuniorBeforeInput(RoleRules.guardedBy(context, leadOnlyExpression()), client,
                keycloak.cachedAccessToken(KeycloakEndpoint.JUNIOR, KeycloakEndpoint.JUNIOR),
                keycloak.cachedAccessToken(KeycloakEndpoint.LEAD, KeycloakEndpoint.LEAD));
    }

    @Test
    default void every_lead_only_endpoint_is_found(ApplicationContext context) {
        assertThat(RoleRules.guardedBy(context, leadOnlyExpression())).map(Object::toString)
                .containsExactlyInAnyOrderElementsOf(leadOnlyEndpoints());
    }

}
