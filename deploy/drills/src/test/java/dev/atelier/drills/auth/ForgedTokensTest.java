package dev.atelier.drills.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ForgedTokensTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A token shaped like Keycloak's (RS256 header, realm roles, 256-byte signature); never verified here. */
    static String juniorLikeToken() {
        String header = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(("{\"exp\":1800000300,\"iat\":1800000000,\"iss\":\"http://127.0.0.1:8180/realms/atelier\","
                + "\"aud\":[\"atelier-api\"],\"preferred_username\":\"junior\",\"realm_access\":{\"roles\":[\"junior_designer\","
                + "\"offline_access\"]}}").getBytes(StandardCharsets.UTF_8));
        byte[] signature = new byte[256];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = (byte) (i * 7);
        }
        return header + "." + payload + "." + B64.encodeToString(signature);
    }

    @Test
    void an_altered_signature_keeps_header_payload_and_length_but_changes_every_byte() {
        String token = juniorLikeToken();
        String forged = ForgedTokens.withAlteredSignature(token);

        assertThat(forged).isNotEqualTo(token);
        assertThat(forged.substring(0, forged.lastIndexOf('.'))).isEqualTo(token.substring(0, token.lastIndexOf('.')));
        byte[] original = Base64.getUrlDecoder().decode(ForgedTokens.signature(token));
        byte[] altered = Base64.getUrlDecoder().decode(ForgedTokens.signature(forged));
        assertThat(altered).hasSameSizeAs(original);
        for (int i = 0; i < original.length; i++) {
            assertThat(altered[i]).isNotEqualTo(original[i]);
        }
    }

    @Test
    void a_forged_role_changes_only_the_roles_and_keeps_the_original_signature() {
        String token = juniorLikeToken();
        String forged = ForgedTokens.claimingRole(token, "lead_designer");

        assertThat(ForgedTokens.signature(forged)).isEqualTo(ForgedTokens.signature(token));
        assertThat(forged.split("\\.")[0]).isEqualTo(token.split("\\.")[0]);
        assertThat(forged.split("\\.")[1]).isNotEqualTo(token.split("\\.")[1]);
        assertThat(ForgedTokens.payload(forged).path("realm_access").path("roles").toString()).isEqualTo("[\"lead_designer\"]");
        assertThat(ForgedTokens.payload(forged).path("preferred_username").asString()).isEqualTo("junior");
        assertThat(ForgedTokens.expiresAt(forged)).isEqualTo(ForgedTokens.expiresAt(token)).isEqualTo(1_800_000_300L);
    }

    @Test
    void anything_but_a_signed_jwt_is_refused() {
        assertThatThrownBy(() -> ForgedTokens.withAlteredSignature("not-a-token")).isInstanceOf(IllegalArgumentException.class);
    }
}
