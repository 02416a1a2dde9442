package dev.atelier.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in for Keycloak: signs tokens with a fresh RSA key and serves the public half as a
 * JWK set on loopback, so the services' real JWT decoder (Boot's, from
 * {@code jwk-set-uri}) checks them exactly as it checks Keycloak's.
 */
final class TestTokenIssuer {

    static final String AUDIENCE = "atelier-api";

    private static final RSAKey KEY = generateKey();

    private static final RSAKey OTHER_KEY = generateKey();

    private static final HttpServer SERVER = startJwkSetServer();

    private TestTokenIssuer() {
    }

    static String issuer() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/realms/atelier";
    }

    static String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** Keycloak's claims for a user with the given realm roles. */
    static JWTClaimsSet.Builder claims(String username, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
            .issuer(issuer())
            .subject(UUID.randomUUID().toString())
            .audience(List.of(AUDIENCE, "account"))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
            .claim("preferred_username", username)
            .claim("realm_access", Map.of("roles", List.of(roles)));
    }

    static String token(String username, String... roles) {
        return sign(claims(username, roles).build());
    }

    static String sign(JWTClaimsSet claims) {
        return sign(claims, KEY);
    }

    /** Well-formed and validly signed, but by a key the services do not trust. */
    static String signWithUntrustedKey(JWTClaimsSet claims) {
        return sign(claims, OTHER_KEY);
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static HttpServer startJwkSetServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/realms/atelier/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return server;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
