package dev.atelier.gateway.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Keycloak's RoleRepresentation: role mappings are added and removed by id and name. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KeycloakRole(String id, String name) {
}
