package dev.atelier.gateway.users;

import dev.atelier.platform.openapi.CreatesResource;
import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Designer accounts for lead designers, served from Keycloak's admin API (no user table of
 * ours). Lists are sorted by user name, as Keycloak returns them.
 */
@RestController
@Tag(name = "Users", description = "Designer accounts (Keycloak users of the realm); lead designers only.")
@RequestMapping("/api/users")
@PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
class UserController {

    private final DesignerAccounts accounts;

    UserController(DesignerAccounts accounts) {
        this.accounts = accounts;
    }

    /** {@code ?q=} matches user name, e-mail, first or last name (Keycloak's search). */
    @GetMapping
    @Operation(operationId = "listUsers", summary = "List designer accounts")
    @ProblemResponse(status = 503, description = "Keycloak is unavailable.")
    Mono<PageResponse<UserView>> list(@RequestParam(name = "q", required = false) String query, PageQuery page,
            Caller caller) {
        return accounts.list(caller, query, page);
    }

    @PostMapping
    @Operation(operationId = "createUser", summary = "Create a designer account")
    @CreatesResource(location = "The new user.")
    @ProblemResponse(status = 409, description = "The user name or e-mail is taken.")
    @ProblemResponse(status = 503, description = "Keycloak is unavailable.")
    Mono<ResponseEntity<UserView>> create(@Valid @RequestBody NewUser user, Caller caller) {
        return accounts.create(caller, user)
            .map(created -> ResponseEntity.created(URI.create("/api/users/" + created.id())).body(created));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getUser", summary = "Get a designer account")
    @ProblemResponse(status = 503, description = "Keycloak is unavailable.")
    Mono<UserView> read(@PathVariable UUID id, Caller caller) {
        return accounts.read(caller, id);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "replaceUser", summary = "Replace a designer account's details")
    @ProblemResponse(status = 409, description = "The e-mail is taken.")
    @ProblemResponse(status = 503, description = "Keycloak is unavailable.")
    Mono<UserView> replace(@PathVariable UUID id, @Valid @RequestBody UserDetails details, Caller caller) {
        return accounts.update(caller, id, details.asChanges());
    }

    /** Only the fields given; {@code {"enabled": false}} disables the account. */
    @PatchMapping("/{id}")
    @Operation(operationId = "changeUser", summary = "Change some of a designer account's details")
    @ProblemResponse(status = 409, description = "The e-mail is taken.")
    @ProblemResponse(status = 503, description = "Keycloak is unavailable.")
    Mono<UserView> change(@PathVariable UUID id, @Valid @RequestBody UserChanges changes, Caller caller) {
        return accounts.update(caller, id, changes);
    }

    @PutMapping("/{id}/role")
    @Operation(operationId = "changeUserRole", summary = "Change a designer's role")
    @ProblemResponse(status = 409, description = "The last lead designer cannot lose the role.")
    @ProblemResponse(status = 503, description = "Keycloak is unavailable.")
    Mono<UserView> changeRole(@PathVariable UUID id, @Valid @RequestBody RoleChange change, Caller caller) {
        return accounts.changeRole(caller, id, change.role());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteUser", summary = "Delete a designer account")
    @ProblemResponse(status = 409, description = "The last lead designer cannot be deleted.")
    @ProblemResponse(status = 503, description = "Keycloak is unavailable.")
    Mono<Void> delete(@PathVariable UUID id, Caller caller) {
        return accounts.delete(caller, id);
    }

}
