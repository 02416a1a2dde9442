package dev.atelier.drills.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessRulesTest {

    @Test
    void every_bad_token_is_401_everywhere_even_where_no_token_is_needed() {
        for (Access access : Access.values()) {
            for (Identity who : new Identity[] {Identity.EXPIRED, Identity.WRONG_ISSUER, Identity.ALTERED_SIGNATURE, Identity.FORGED_ROLE}) {
                assertThat(AccessRules.expected(access, who, 200)).as(access + " " + who).isEqualTo(401);
            }
        }
    }

    @Test
    void no_token_is_401_except_on_public_endpoints() {
        assertThat(AccessRules.expected(Access.PUBLIC, Identity.NO_TOKEN, 200)).isEqualTo(200);
        assertThat(AccessRules.expected(Access.AUTHENTICATED, Identity.NO_TOKEN, 204)).isEqualTo(401);
        assertThat(AccessRules.expected(Access.ANY_DESIGNER, Identity.NO_TOKEN, 200)).isEqualTo(401);
        assertThat(AccessRules.expected(Access.LEAD_ONLY, Identity.NO_TOKEN, 201)).isEqualTo(401);
    }

    @Test
    void a_junior_is_refused_only_where_the_lead_alone_may_go_and_the_lead_goes_everywhere() {
        assertThat(AccessRules.expected(Access.LEAD_ONLY, Identity.JUNIOR, 201)).isEqualTo(403);
        assertThat(AccessRules.expected(Access.ANY_DESIGNER, Identity.JUNIOR, 201)).isEqualTo(201);
        assertThat(AccessRules.expected(Access.AUTHENTICATED, Identity.JUNIOR, 204)).isEqualTo(204);
        for (Access access : Access.values()) {
            assertThat(AccessRules.expected(access, Identity.LEAD, 204)).isEqualTo(204);
        }
    }
}
