package dev.atelier.customer.customers.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Customers made through the API, with names and e-mails no other test uses. */
final class CustomerFixtures {

    private CustomerFixtures() {
    }

    /** A short token that makes names and e-mails of one test unique in the shared database. */
    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Map<String, Object> body(String name, String email, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("phone", phone);
        body.put("address", Map.of("street", "12 Marina", "city", "Lagos", "postalCode", "100001", "country", "NG"));
        body.put("notes", "prefers silk");
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> create(WebTestClient http, String token, Map<String, Object> body) {
        return http.post().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .bodyValue(body)
            .exchange()
            .expectStatus().isEqualTo(HttpStatus.CREATED)
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    }

}
