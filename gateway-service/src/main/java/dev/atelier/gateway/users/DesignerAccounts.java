package dev.atelier.gateway.users;

import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The designer accounts, kept in Keycloak: every call goes to its admin API with the caller's
 * token. A lead cannot disable, demote or delete their own account, so the atelier is never
 * left without someone who can manage it by a slip of one lead.
 */
@Service
class DesignerAccounts {

    /** Role look-ups of one list page run this many at a time. */
    private static final int ROLE_LOOKUPS = 8;

    private final KeycloakAdminClient keycloak;

    DesignerAccounts(KeycloakAdminClient keycloak) {
        this.keycloak = keycloak;
    }

    Mono<PageResponse<UserView>> list(Caller caller, @Nullable String search, PageQuery page) {
        String query = (search == null || search.isBlank()) ? null : search.trim();
        Mono<List<UserView>> content = this.keycloak.search(caller.token(), query, page.offset(), page.size())
            .flatMapSequential(user -> withRole(caller, user), ROLE_LOOKUPS)
            .collectList();
        return Mono.zip(content, this.keycloak.count(caller.token(), query))
            .map(found -> PageResponse.of(found.getT1(), page, found.getT2()));
    }

    Mono<UserView> read(Caller caller, UUID id) {
        return this.keycloak.user(caller.token(), id).flatMap(user -> withRole(caller, user));
    }

    /** The account and its role, or neither: a failed role assignment removes the new account again. */
    Mono<UserView> create(Caller caller, NewUser user) {
        return this.keycloak.role(caller.token(), user.role())
            .flatMap(role -> this.keycloak.create(caller.token(), KeycloakUser.of(user))
                .flatMap(id -> this.keycloak.addRealmRoles(caller.token(), id, List.of(role))
                    .onErrorResume(failure -> this.keycloak.delete(caller.token(), id)
                        .onErrorResume(cleanup -> Mono.empty())
                        .then(Mono.error(failure)))
                    .then(read(caller, id))));
    }

    Mono<UserView> update(Caller caller, UUID id, UserChanges changes) {
        Mono<Void> allowed = Boolean.FALSE.equals(changes.enabled()) ? notOwnAccount(caller, id, "disable") : Mono.empty();
        return allowed.then(this.keycloak.userRepresentation(caller.token(), id))
            .flatMap(representation -> this.keycloak.update(caller.token(), id, changed(representation, changes)))
            .then(read(caller, id));
    }

    Mono<UserView> changeRole(Caller caller, UUID id, String newRole) {
        Mono<Void> allowed = Roles.LEAD_DESIGNER.equals(newRole) ? Mono.empty() : notOwnAccount(caller, id, "demote");
        return allowed.then(this.keycloak.realmRoles(caller.token(), id)).flatMap(current -> {
            List<KeycloakRole> others = current.stream()
                .filter(role -> DesignerRole.isDesignerRole(role.name()) && !role.name().equals(newRole))
                .toList();
            boolean alreadyHas = current.stream().anyMatch(role -> role.name().equals(newRole));
            Mono<Void> add = alreadyHas ? Mono.empty()
                    : this.keycloak.role(caller.token(), newRole)
                        .flatMap(role -> this.keycloak.addRealmRoles(caller.token(), id, List.of(role)));
            Mono<Void> remove = others.isEmpty() ? Mono.empty() : this.keycloak.removeRealmRoles(caller.token(), id, others);
            // Add first: a failure in between leaves the user with both roles rather than none.
            return add.then(remove);
        }).then(read(caller, id));
    }

    Mono<Void> delete(Caller caller, UUID id) {
        return notOwnAccount(caller, id, "delete").then(this.keycloak.delete(caller.token(), id));
    }

    private Mono<UserView> withRole(Caller caller, KeycloakUser user) {
        return this.keycloak.realmRoles(caller.token(), UUID.fromString(user.id()))
            .map(roles -> view(user, DesignerRole.of(roles.stream().map(KeycloakRole::name).toList()).orElse(null)));
    }

    private static UserView view(KeycloakUser user, @Nullable String role) {
        boolean mustChangePassword = user.requiredActions() != null
                && user.requiredActions().contains(KeycloakUser.UPDATE_PASSWORD);
        Instant createdAt = user.createdTimestamp() != null ? Instant.ofEpochMilli(user.createdTimestamp()) : null;
        return new UserView(UUID.fromString(user.id()), user.username(), user.email(), user.firstName(),
                user.lastName(), Boolean.TRUE.equals(user.enabled()), role, mustChangePassword, createdAt);
    }

    private static Map<String, Object> changed(Map<String, Object> representation, UserChanges changes) {
        Map<String, Object> changed = new HashMap<>(representation);
        if (changes.email() != null) {
            changed.put("email", changes.email().trim());
        }
        if (changes.firstName() != null) {
            changed.put("firstName", changes.firstName().trim());
        }
        if (changes.lastName() != null) {
            changed.put("lastName", changes.lastName().trim());
        }
        if (changes.enabled() != null) {
            changed.put("enabled", changes.enabled());
        }
        return changed;
    }

    private static Mono<Void> notOwnAccount(Caller caller, UUID id, String action) {
        return id.toString().equals(caller.userId())
                ? Mono.error(new ConflictException("You cannot " + action + " your own account; ask another lead designer."))
                : Mono.empty();
    }

}
