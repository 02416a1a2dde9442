package dev.atelier.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.test.ContractCheck;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.Refusals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The users API against the real Keycloak: every endpoint, its role rule, and bad input. */
class UsersApiTest extends GatewayTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private static final String UNKNOWN_ID = "6f1c2b1e-0000-4000-8000-00000000dead";

    private static String lead;

    private static String junior;

    @BeforeAll
    static void logIn() {
        lead = leadToken();
        junior = keycloak().accessToken(KeycloakEndpoint.JUNIOR, "junior");
    }

    @Test
    void without_a_token_the_list_is_401() {
        http.get().uri("/api/users").exchange()
            .expectStatus().isUnauthorized()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest(name = "{0} {1} is 403 for a junior")
    @CsvSource({
        "GET, /api/users",
        "POST, /api/users",
        "GET, /api/users/" + UNKNOWN_ID,
        "PUT, /api/users/" + UNKNOWN_ID,
        "PATCH, /api/users/" + UNKNOWN_ID,
        "PUT, /api/users/" + UNKNOWN_ID + "/role",
        "DELETE, /api/users/" + UNKNOWN_ID,
    })
    void a_junior_is_refused_every_endpoint(String method, String path) {
        WebTestClient.RequestBodySpec request = http.method(HttpMethod.valueOf(method)).uri(path)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + junior);
        // Valid bodies, so only the role can refuse them (RolesBeforeInputTest sends junk ones).
        Map<String, Object> body = switch (method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}")) {
            case "POST /api/users" -> newUser("never-" + System.nanoTime(), "junior_designer");
            case "PUT /api/users/{id}" -> Map.of("email", "x@users.example.com", "firstName", "X", "lastName", "Y", "enabled", true);
            case "PATCH /api/users/{id}" -> Map.of("firstName", "X");
            case "PUT /api/users/{id}/role" -> Map.of("role", "lead_designer");
            default -> null;
        };
        WebTestClient.RequestHeadersSpec<?> sent = body == null ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        Refusals.forbidden(sent.exchange());
    }

    @ParameterizedTest(name = "{0} {1} is 401 without a token")
    @CsvSource({
        "POST, /api/users",
        "GET, /api/users/" + UNKNOWN_ID,
        "PUT, /api/users/" + UNKNOWN_ID + "/role",
        "DELETE, /api/users/" + UNKNOWN_ID,
    })
    void every_endpoint_needs_a_token(String method, String path) {
        http.method(HttpMethod.valueOf(method)).uri(path).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void the_list_shows_the_designers_with_only_our_roles() {
        Map<String, Object> page = get("/api/users?q=junior").expectStatus().isOk()
            .expectBody(JSON).returnResult().getResponseBody();

        List<Map<String, Object>> content = content(page);
        assertThat(content).anySatisfy(user -> {
            assertThat(user).containsEntry("username", "junior").containsEntry("role", "junior_designer")
                .containsEntry("enabled", true);
            assertThat(user).containsOnlyKeys("id", "username", "email", "firstName", "lastName", "enabled", "role",
                    "mustChangePassword", "createdAt");
        });
        assertThat(get("/api/users?q=lead").expectBody(JSON).returnResult().getResponseBody())
            .satisfies(leads -> assertThat(content(leads)).anySatisfy(user ->
                assertThat(user).containsEntry("username", "lead").containsEntry("role", "lead_designer")));
    }

    @Test
    void service_accounts_are_not_listed() {
        get("/api/users?q=service-account").expectStatus().isOk()
            .expectBody().jsonPath("$.content").isEmpty().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void the_list_is_paginated_with_a_total() {
        create("page-a-" + System.nanoTime(), "junior_designer");
        create("page-b-" + System.nanoTime(), "junior_designer");

        Map<String, Object> first = get("/api/users?q=page-&size=1&page=0").expectStatus().isOk()
            .expectBody(JSON).returnResult().getResponseBody();
        Map<String, Object> second = get("/api/users?q=page-&size=1&page=1").expectStatus().isOk()
            .expectBody(JSON).returnResult().getResponseBody();

        assertThat(content(first)).hasSize(1);
        assertThat(content(second)).hasSize(1);
        assertThat(content(first).get(0).get("id")).isNotEqualTo(content(second).get(0).get("id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) first.get("page");
        assertThat(((Number) metadata.get("totalElements")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(metadata).containsEntry("size", 1).containsEntry("number", 0);
    }

    @Test
    void a_bad_page_size_is_a_400() {
        get("/api/users?size=0").expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void a_lead_creates_a_junior_whose_initial_password_is_temporary() {
        String username = "ada-" + System.nanoTime();

        Map<String, Object> created = http.post().uri("/api/users")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(newUser(username, "junior_designer"))
            .exchange()
            .expectStatus().isCreated()
            .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/users/[0-9a-f-]{36}")
            .expectBody(JSON).returnResult().getResponseBody();

        assertThat(created).containsEntry("username", username).containsEntry("email", username + "@users.example.com")
            .containsEntry("firstName", "Ada").containsEntry("lastName", "Lovelace").containsEntry("enabled", true)
            .containsEntry("role", "junior_designer").containsEntry("mustChangePassword", true);
        get("/api/users/" + created.get("id")).expectStatus().isOk()
            .expectBody().jsonPath("$.role").isEqualTo("junior_designer").jsonPath("$.username").isEqualTo(username);
        // The temporary password opens no session until the user has chosen a new one.
        KeycloakEndpoint.TokenResponse login = keycloak().passwordGrant(username, "first-Password-1");
        assertThat(login.accessToken()).isNull();
    }

    /** The binding contract's shape: a password that is not temporary opens a session at once. */
    @Test
    void a_password_that_is_not_temporary_logs_in_at_once() {
        String username = "ready-" + System.nanoTime();
        Map<String, Object> user = newUser(username, "junior_designer");
        user.put("temporaryPassword", false);
        Map<String, Object> created = http.post().uri("/api/users")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(user)
            .exchange()
            .expectStatus().isCreated()
            .expectBody(JSON).returnResult().getResponseBody();

        assertThat(created).containsEntry("mustChangePassword", false);
        assertThat(keycloak().passwordGrant(username, "first-Password-1").accessToken()).isNotBlank();
    }

    /** Clients written before the contract was followed send initialPassword; it still works. */
    @Test
    void the_former_initial_password_field_is_still_read() {
        String username = "former-" + System.nanoTime();
        Map<String, Object> user = newUser(username, "junior_designer");
        user.put("initialPassword", user.remove("password"));
        user.remove("temporaryPassword");
        http.post().uri("/api/users")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .header(ContractCheck.OUTSIDE_THE_DOCUMENT, "the undocumented alias initialPassword")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(user)
            .exchange()
            .expectStatus().isCreated()
            .expectBody().jsonPath("$.mustChangePassword").isEqualTo(true);
    }

    @Test
    void a_lead_can_create_another_lead() {
        Map<String, Object> created = create("lead-" + System.nanoTime(), "lead_designer");

        assertThat(created).containsEntry("role", "lead_designer");
    }

    @Test
    void a_taken_user_name_is_a_409_problem() {
        http.post().uri("/api/users")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(newUser("junior", "junior_designer"))
            .exchange()
            .expectStatus().isEqualTo(409)
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict")
            .jsonPath("$.field").isEqualTo("username");
    }

    @Test
    void a_taken_email_is_a_409_problem_and_no_account_is_left_behind() {
        String username = "twin-" + System.nanoTime();
        create(username, "junior_designer");
        Map<String, Object> twin = newUser("other-" + System.nanoTime(), "junior_designer");
        twin.put("email", username + "@users.example.com");

        http.post().uri("/api/users")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(twin)
            .exchange()
            .expectStatus().isEqualTo(409)
            .expectBody().jsonPath("$.field").isEqualTo("email");

        get("/api/users?q=" + twin.get("username")).expectBody().jsonPath("$.content").isEmpty();
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is a 400 naming it")
    @CsvSource({
        "username, ",
        "username, has space",
        "email, not-an-email",
        "email, ",
        "firstName, ' '",
        "role, admin",
        "role, atelier_service",
        "password, short",
    })
    void bad_input_for_a_new_user_is_a_400_naming_the_field(String field, String value) {
        Map<String, Object> user = newUser("bad-" + System.nanoTime(), "junior_designer");
        if (value == null) {
            user.remove(field);
        }
        else {
            user.put(field, value);
        }

        http.post().uri("/api/users")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(user)
            .exchange()
            .expectStatus().isBadRequest()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/validation")
            .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    @Test
    void an_unknown_id_is_a_404_problem() {
        get("/api/users/" + UNKNOWN_ID).expectStatus().isNotFound()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/not-found");
        http.patch().uri("/api/users/" + UNKNOWN_ID)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("firstName", "Nobody"))
            .exchange()
            .expectStatus().isNotFound();
        role(UNKNOWN_ID, "lead_designer").expectStatus().isNotFound();
        delete(UNKNOWN_ID).expectStatus().isNotFound();
    }

    @Test
    void a_non_uuid_id_is_a_400_problem() {
        get("/api/users/not-a-uuid").expectStatus().isBadRequest()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void put_replaces_names_email_and_enabled() {
        String id = (String) create("put-" + System.nanoTime(), "junior_designer").get("id");

        http.put().uri("/api/users/" + id)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("email", "grace-" + id + "@users.example.com", "firstName", "Grace", "lastName", "Hopper",
                    "enabled", true))
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.firstName").isEqualTo("Grace")
            .jsonPath("$.lastName").isEqualTo("Hopper")
            .jsonPath("$.email").isEqualTo("grace-" + id + "@users.example.com")
            .jsonPath("$.role").isEqualTo("junior_designer");
    }

    @Test
    void put_without_every_field_is_a_400() {
        String id = (String) create("put-bad-" + System.nanoTime(), "junior_designer").get("id");

        http.put().uri("/api/users/" + id)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("firstName", "Grace"))
            .exchange()
            .expectStatus().isBadRequest()
            .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/validation");
    }

    @Test
    void patch_changes_only_the_fields_given_and_disables() {
        String username = "patch-" + System.nanoTime();
        String id = (String) create(username, "junior_designer").get("id");

        patch(id, Map.of("lastName", "Byron")).expectStatus().isOk()
            .expectBody()
            .jsonPath("$.lastName").isEqualTo("Byron")
            .jsonPath("$.firstName").isEqualTo("Ada")
            .jsonPath("$.email").isEqualTo(username + "@users.example.com");
        patch(id, Map.of("enabled", false)).expectStatus().isOk()
            .expectBody().jsonPath("$.enabled").isEqualTo(false);

        get("/api/users/" + id).expectBody().jsonPath("$.enabled").isEqualTo(false).jsonPath("$.lastName").isEqualTo("Byron");
    }

    @Test
    void patch_with_a_bad_email_is_a_400_and_with_a_taken_one_a_409() {
        String id = (String) create("patch-bad-" + System.nanoTime(), "junior_designer").get("id");
        String takenUser = "patch-taken-" + System.nanoTime();
        create(takenUser, "junior_designer");

        patch(id, Map.of("email", "nope")).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
        patch(id, Map.of("email", takenUser + "@users.example.com")).expectStatus().isEqualTo(409)
            .expectBody().jsonPath("$.field").isEqualTo("email");
    }

    @Test
    void the_role_changes_from_junior_to_lead_and_back() {
        String id = (String) create("promote-" + System.nanoTime(), "junior_designer").get("id");

        role(id, "lead_designer").expectStatus().isOk().expectBody().jsonPath("$.role").isEqualTo("lead_designer");
        get("/api/users/" + id).expectBody().jsonPath("$.role").isEqualTo("lead_designer");
        role(id, "junior_designer").expectStatus().isOk().expectBody().jsonPath("$.role").isEqualTo("junior_designer");
        get("/api/users/" + id).expectBody().jsonPath("$.role").isEqualTo("junior_designer");
    }

    @Test
    void an_unknown_role_is_a_400() {
        String id = (String) create("role-bad-" + System.nanoTime(), "junior_designer").get("id");

        role(id, "realm-admin").expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("role");
    }

    @Test
    void delete_removes_the_account() {
        String id = (String) create("gone-" + System.nanoTime(), "junior_designer").get("id");

        delete(id).expectStatus().isNoContent();

        get("/api/users/" + id).expectStatus().isNotFound();
        delete(id).expectStatus().isNotFound();
    }

    @Test
    void a_lead_cannot_delete_disable_or_demote_their_own_account() {
        String self = (String) KeycloakEndpoint.claims(lead).get("sub");

        delete(self).expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict");
        patch(self, Map.of("enabled", false)).expectStatus().isEqualTo(409);
        role(self, "junior_designer").expectStatus().isEqualTo(409);

        get("/api/users/" + self).expectStatus().isOk()
            .expectBody().jsonPath("$.enabled").isEqualTo(true).jsonPath("$.role").isEqualTo("lead_designer");
    }

    private Map<String, Object> create(String username, String role) {
        return http.post().uri("/api/users")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(newUser(username, role))
            .exchange()
            .expectStatus().isCreated()
            .expectBody(JSON).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec get(String path) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + lead).exchange();
    }

    private WebTestClient.ResponseSpec patch(String id, Map<String, Object> changes) {
        return http.patch().uri("/api/users/" + id)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(changes)
            .exchange();
    }

    private WebTestClient.ResponseSpec role(String id, String role) {
        return http.put().uri("/api/users/" + id + "/role")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("role", role))
            .exchange();
    }

    private WebTestClient.ResponseSpec delete(String id) {
        return http.delete().uri("/api/users/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + lead).exchange();
    }

    private static Map<String, Object> newUser(String username, String role) {
        Map<String, Object> user = new HashMap<>();
        user.put("username", username);
        user.put("email", username + "@users.example.com");
        user.put("firstName", "Ada");
        user.put("lastName", "Lovelace");
        user.put("role", role);
        user.put("password", "first-Password-1");
        user.put("temporaryPassword", true);
        return user;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> content(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("content");
    }

}
