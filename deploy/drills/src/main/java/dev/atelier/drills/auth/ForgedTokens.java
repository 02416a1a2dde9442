package dev.atelier.drills.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Access tokens altered the ways an attacker would: a changed signature, or a changed payload under the old signature. */
public final class ForgedTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {}

    /** The same header and payload with the signature's bytes flipped (still valid base64url, same length). */
    public static String withAlteredSignature(String jwt) {
        String[] parts = parts(jwt);
        byte[] signature = DECODER.decode(parts[2]);
        for (int i = 0; i < signature.length; i++) {
            signature[i] = (byte) ~signature[i];
        }
        return parts[0] + "." + parts[1] + "." + ENCODER.encodeToString(signature);
    }

    /** The payload claiming {@code role} in {@code realm_access.roles} (instead of the roles it had), original signature kept. */
    public static String claimingRole(String jwt, String role) {
        String[] parts = parts(jwt);
        ObjectNode payload = (ObjectNode) payload(jwt);
        payload.putObject("realm_access").putArray("roles").add(role);
        return parts[0] + "." + ENCODER.encodeToString(JSON.writeValueAsBytes(payload)) + "." + parts[2];
    }

    public static JsonNode payload(String jwt) {
        return JSON.readTree(new String(DECODER.decode(parts(jwt)[1]), StandardCharsets.UTF_8));
    }

    public static String signature(String jwt) {
        return parts(jwt)[2];
    }

    /** The token's {@code exp} (seconds since the epoch). */
    public static long expiresAt(String jwt) {
        return payload(jwt).path("exp").asLong();
    }

    private static String[] parts(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a signed JWT (" + parts.length + " parts)");
        }
        return parts;
    }
}
