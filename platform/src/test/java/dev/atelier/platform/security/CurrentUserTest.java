package dev.atelier.platform.security;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.test.StepVerifier;

class CurrentUserTest {

    @Test
    void current_user_name_comes_from_the_reactive_security_context() {
        var lead = new TestingAuthenticationToken("lead", null, List.of());
        lead.setAuthenticated(true);
        StepVerifier.create(CurrentUser.name().contextWrite(ReactiveSecurityContextHolder.withAuthentication(lead)))
            .expectNext("lead")
            .verifyComplete();
    }

    @Test
    void no_current_user_outside_a_request() {
        StepVerifier.create(CurrentUser.name()).verifyComplete();
    }

    @Test
    void anonymous_caller_is_no_user() {
        var anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        StepVerifier.create(CurrentUser.name().contextWrite(ReactiveSecurityContextHolder.withAuthentication(anonymous)))
            .verifyComplete();
    }

    @Test
    void auditor_is_the_current_user() {
        var junior = new TestingAuthenticationToken("ines", null, List.of());
        junior.setAuthenticated(true);
        StepVerifier.create(new CurrentUserAuditor().getCurrentAuditor()
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(junior)))
            .expectNext("ines")
            .verifyComplete();
    }

}
