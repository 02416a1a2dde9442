package dev.atelier.inventory;

import dev.atelier.platform.security.Roles;
import dev.atelier.platform.test.RoleRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role is decided before the input is read: for every lead-only endpoint (found from the
 * handlers' {@code @PreAuthorize}, not from the access rules) a junior sending a junk body,
 * junk path variables and junk paging gets 403, not 400 or 415.
 */
class RolesBeforeInputTest extends InventoryIntegrationTest {

    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicTest> a_junior_gets_403_whatever_the_input() {
        return RoleRules.refuseJuniorBeforeInput(RoleRules.guardedBy(context, Roles.LEAD_DESIGNER_ONLY), web,
                junior(), lead());
    }

    @Test
    void every_lead_only_endpoint_is_found() {
        assertThat(RoleRules.guardedBy(context, Roles.LEAD_DESIGNER_ONLY)).map(Object::toString)
                .containsExactlyInAnyOrder("POST /api/inventory",
                        "PUT /api/inventory/{id}",
                        "PATCH /api/inventory/{id}",
                        "DELETE /api/inventory/{id}",
                        "POST /api/inventory/{id}/adjustments");
    }

}
