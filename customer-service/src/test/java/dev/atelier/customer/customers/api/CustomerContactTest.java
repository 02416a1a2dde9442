package dev.atelier.customer.customers.api;

import static dev.atelier.customer.customers.api.CustomerFixtures.body;
import static dev.atelier.customer.customers.api.CustomerFixtures.create;
import static dev.atelier.customer.customers.api.CustomerFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.customer.ApiTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

/**
 * A customer's language and e-mail consent, and the contact read notification-service makes with its own
 * account: the notifier may read that and nothing else here.
 */
class CustomerContactTest extends ApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Test
    void consent_is_opt_in_and_language_optional_and_both_are_set_patched_and_shown() {
        Map<String, Object> created = create(http, leadToken(), body("Ada " + unique(), null, null));
        assertThat(created).containsEntry("language", null).containsEntry("notifications", Map.of("email", false));

        Map<String, Object> patched = http.patch().uri("/api/customers/{id}", created.get("id"))
            .headers(h -> h.setBearerAuth(leadToken()))
            .contentType(MediaType.valueOf("application/merge-patch+json"))
            .bodyValue(Map.of("language", "FR", "notifications", Map.of("email", true), "version", created.get("version")))
            .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(patched).containsEntry("language", "fr").containsEntry("notifications", Map.of("email", true));

        // a PATCH that does not name them keeps them
        Map<String, Object> renamed = http.patch().uri("/api/customers/{id}", created.get("id"))
            .headers(h -> h.setBearerAuth(leadToken()))
            .contentType(MediaType.valueOf("application/merge-patch+json"))
            .bodyValue(Map.of("name", "Ada Obi " + unique(), "version", patched.get("version")))
            .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(renamed).containsEntry("language", "fr").containsEntry("notifications", Map.of("email", true));
    }

    @Test
    void a_bad_language_is_a_400_naming_it_and_changes_nothing() {
        Map<String, Object> request = body("Bola " + unique(), null, null);
        request.put("language", "klingon");
        http.post().uri("/api/customers").headers(h -> h.setBearerAuth(leadToken()))
            .contentType(MediaType.APPLICATION_JSON).bodyValue(request)
            .exchange().expectStatus().isBadRequest()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("language");
    }

    @Test
    void a_channel_the_suite_does_not_have_is_a_400_naming_it_and_changes_nothing() {
        Map<String, Object> request = body("Chidi " + unique(), null, null);
        request.put("notifications", Map.of("email", true, "sms", true));
        http.post().uri("/api/customers").headers(h -> h.setBearerAuth(leadToken()))
            .contentType(MediaType.APPLICATION_JSON).bodyValue(request)
            .exchange().expectStatus().isBadRequest()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("notifications.sms");

        Map<String, Object> created = create(http, leadToken(), body("Chidi " + unique(), null, null));
        http.patch().uri("/api/customers/{id}", created.get("id"))
            .headers(h -> h.setBearerAuth(leadToken()))
            .contentType(MediaType.valueOf("application/merge-patch+json"))
            .bodyValue(Map.of("notifications", Map.of("sms", true), "version", created.get("version")))
            .exchange().expectStatus().isBadRequest()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/customers/{id}", created.get("id")).headers(h -> h.setBearerAuth(leadToken()))
            .exchange().expectStatus().isOk()
            .expectBody().jsonPath("$.version").isEqualTo(created.get("version"))
            .jsonPath("$.notifications.email").isEqualTo(false);
    }

    @Test
    void consent_that_is_not_true_or_false_is_a_400_naming_the_channel() {
        Map<String, Object> request = body("Chinedu " + unique(), null, null);
        request.put("notifications", Map.of("email", "yes please"));
        http.post().uri("/api/customers").headers(h -> h.setBearerAuth(leadToken()))
            .contentType(MediaType.APPLICATION_JSON).bodyValue(request)
            .exchange().expectStatus().isBadRequest()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("notifications.email");
    }

    @Test
    void the_contact_read_gives_name_address_language_and_consent() {
        Map<String, Object> request = body("Chioma " + unique(), "chioma." + unique() + "@example.com", null);
        request.put("language", "yo");
        request.put("notifications", Map.of("email", true));
        Map<String, Object> created = create(http, leadToken(), request);

        for (String token : new String[] { notifierToken(), juniorToken(), leadToken() }) {
            http.get().uri("/api/customers/{id}/contact", created.get("id")).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(created.get("id"))
                .jsonPath("$.name").isEqualTo(created.get("name"))
                .jsonPath("$.email").isEqualTo(created.get("email"))
                .jsonPath("$.language").isEqualTo("yo")
                .jsonPath("$.notifications.email").isEqualTo(true)
                .jsonPath("$.archived").isEqualTo(false)
                .jsonPath("$.phone").doesNotExist()
                .jsonPath("$.notes").doesNotExist();
        }
    }

    @Test
    void the_contact_read_needs_a_token_and_a_designer_or_the_notifier_and_an_unknown_customer_is_404() {
        String unknown = UUID.randomUUID().toString();
        http.get().uri("/api/customers/{id}/contact", unknown).exchange().expectStatus().isUnauthorized()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/customers/{id}/contact", unknown).headers(h -> h.setBearerAuth(serviceToken()))
            .exchange().expectStatus().isForbidden()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/customers/{id}/contact", unknown).headers(h -> h.setBearerAuth(notifierToken()))
            .exchange().expectStatus().isNotFound()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void the_notifier_may_read_nothing_else_and_change_nothing() {
        Map<String, Object> created = create(http, leadToken(), body("Dayo " + unique(), null, null));
        String notifier = notifierToken();
        http.get().uri("/api/customers").headers(h -> h.setBearerAuth(notifier)).exchange().expectStatus().isForbidden();
        http.get().uri("/api/customers/{id}", created.get("id")).headers(h -> h.setBearerAuth(notifier))
            .exchange().expectStatus().isForbidden();
        http.post().uri("/api/customers").headers(h -> h.setBearerAuth(notifier)).contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body("x", null, null)).exchange().expectStatus().isForbidden();
        http.delete().uri("/api/customers/{id}", created.get("id")).headers(h -> h.setBearerAuth(notifier))
            .exchange().expectStatus().isForbidden();
        http.get().uri("/api/measurements?customerId={id}", created.get("id")).headers(h -> h.setBearerAuth(notifier))
            .exchange().expectStatus().isForbidden();
    }
}
