package dev.atelier.gateway.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The part of Keycloak's UserRepresentation the API reads and creates. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record KeycloakUser(String id, String username, String email, String firstName, String lastName, Boolean enabled,
        Long createdTimestamp, List<String> requiredActions, List<Credential> credentials) {

    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    /** A new enabled account; a temporary password makes the first login ask for a new one. */
    static KeycloakUser of(NewUser user) {
        boolean temporary = user.passwordIsTemporary();
        return new KeycloakUser(null, user.username(), user.email(), user.firstName(), user.lastName(), true, null,
                temporary ? List.of(UPDATE_PASSWORD) : List.of(), List.of(new Credential("password", user.password(), temporary)));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Credential(String type, String value, boolean temporary) {

        @Override
        public String toString() {
            return "Credential[type=" + type + "]";
        }

    }

}
