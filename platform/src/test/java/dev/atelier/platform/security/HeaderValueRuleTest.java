package dev.atelier.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

class HeaderValueRuleTest {

    private final HeaderValueRule rule = new HeaderValueRule();

    @Test
    void agrees_with_spring_securitys_pattern_on_every_code_point() {
        int disagreements = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String value = "a" + Character.toString(codePoint) + "b";
            if (this.rule.test(value) != StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(value)) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
    }

    @Test
    void allows_a_bearer_header_and_tabs_and_refuses_control_characters() {
        assertThat(this.rule.test("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).isTrue();
        assertThat(this.rule.test("a\tb")).isTrue();
        assertThat(this.rule.test("")).isTrue();
        assertThat(this.rule.test(null)).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(null)).isTrue();
        assertThat(this.rule.test("a\nb")).isFalse();
        assertThat(this.rule.test("a\u0000b")).isFalse();
        assertThat(this.rule.test("a\u0378b")).isFalse(); // unassigned
        assertThat(this.rule.test("\ud83e\uddf5 thread")).isTrue(); // a pair: one assigned code point
    }

}
