package dev.atelier.gateway.users;

import java.util.stream.Stream;

import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.RoleRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's own {@code /api/users} decides the role before the input is read: a junior
 * sending a junk body, junk ids and junk paging gets 403 on every endpoint, not 400 or 415.
 */
class RolesBeforeInputTest extends GatewayTest {

    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicTest> a_junior_gets_403_whatever_the_input() {
        return RoleRules.refuseJuniorBeforeInput(RoleRules.guardedBy(context, Roles.LEAD_DESIGNER_ONLY), http,
                keycloak().accessToken(KeycloakEndpoint.JUNIOR, "junior"), leadToken());
    }

    @Test
    void every_users_endpoint_is_found() {
        assertThat(RoleRules.guardedBy(context, Roles.LEAD_DESIGNER_ONLY)).map(Object::toString)
                .containsExactlyInAnyOrder("GET /api/users", "POST /api/users", "GET /api/users/{id}",
                        "PUT /api/users/{id}", "PATCH /api/users/{id}", "PUT /api/users/{id}/role",
                        "DELETE /api/users/{id}");
    }

}
