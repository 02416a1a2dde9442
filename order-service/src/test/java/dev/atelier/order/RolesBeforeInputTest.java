package dev.atelier.order;

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
class RolesBeforeInputTest extends OrderApiTest {

    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicTest> a_junior_gets_403_whatever_the_input() {
        return RoleRules.refuseJuniorBeforeInput(RoleRules.guardedBy(context, Roles.LEAD_DESIGNER_ONLY), http,
                juniorToken(), leadToken());
    }

    @Test
    void every_lead_only_endpoint_is_found() {
        assertThat(RoleRules.guardedBy(context, Roles.LEAD_DESIGNER_ONLY)).map(Object::toString)
                .containsExactlyInAnyOrder("POST /api/orders",
                        "PUT /api/orders/{id}",
                        "PATCH /api/orders/{id}",
                        "DELETE /api/orders/{id}",
                        "PATCH /api/orders/{id}/status",
                        "POST /api/orders/{id}/items",
                        "POST /api/order-items",
                        "PUT /api/order-items/{id}",
                        "PATCH /api/order-items/{id}",
                        "DELETE /api/order-items/{id}",
                        "POST /api/orders/{orderId}/payments",
                        "GET /api/orders/{orderId}/payments",
                        "GET /api/orders/{orderId}/payments/{paymentId}");
    }

}
