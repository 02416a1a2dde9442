package dev.atelier.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakJwtAuthenticationConverterTest {

    private final KeycloakJwtAuthenticationConverter converter = new KeycloakJwtAuthenticationConverter();

    private static Jwt.Builder keycloakToken() {
        return Jwt.withTokenValue("token")
            .header("alg", "RS256")
            .subject("5b1d6c1e-0000-4000-8000-000000000001")
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(300));
    }

    private AbstractAuthenticationToken convert(Jwt jwt) {
        return this.converter.convert(jwt).block();
    }

    @Test
    void realm_roles_become_role_authorities_as_keycloak_spells_them() {
        Jwt jwt = keycloakToken()
            .claim("realm_access", Map.of("roles", List.of("lead_designer", "junior_designer", "offline_access")))
            .claim("resource_access", Map.of("account", Map.of("roles", List.of("manage-account"))))
            .claim("scope", "openid profile")
            .build();
        assertThat(convert(jwt).getAuthorities()).extracting(GrantedAuthority::getAuthority)
            .containsExactlyInAnyOrder("ROLE_lead_designer", "ROLE_junior_designer", "ROLE_offline_access");
    }

    @Test
    void user_name_is_preferred_username() {
        Jwt jwt = keycloakToken().claim("preferred_username", "ines").build();
        assertThat(convert(jwt).getName()).isEqualTo("ines");
    }

    @Test
    void user_name_falls_back_to_subject() {
        Jwt jwt = keycloakToken().build();
        assertThat(convert(jwt).getName()).isEqualTo("5b1d6c1e-0000-4000-8000-000000000001");
    }

    @Test
    void token_without_realm_roles_has_no_authorities() {
        assertThat(convert(keycloakToken().build()).getAuthorities()).isEmpty();
        assertThat(convert(keycloakToken().claim("realm_access", Map.of()).build()).getAuthorities()).isEmpty();
    }

    @Test
    void roles_of_another_shape_give_no_authorities_and_non_strings_are_skipped() {
        assertThat(convert(keycloakToken().claim("realm_access", "lead_designer").build()).getAuthorities()).isEmpty();
        assertThat(convert(keycloakToken().claim("realm_access", Map.of("roles", "lead_designer")).build()).getAuthorities()).isEmpty();
        Jwt mixed = keycloakToken().claim("realm_access", Map.of("roles", List.of("junior_designer", 7, Map.of("x", 1)))).build();
        assertThat(convert(mixed).getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_junior_designer");
    }

    @Test
    void converted_token_is_authenticated_and_keeps_the_jwt() {
        Jwt jwt = keycloakToken().claim("preferred_username", "lead").build();
        AbstractAuthenticationToken authentication = convert(jwt);
        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getCredentials()).isEqualTo(jwt);
    }

}
