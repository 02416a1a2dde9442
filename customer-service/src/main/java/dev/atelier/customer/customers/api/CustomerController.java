package dev.atelier.customer.customers.api;

import dev.atelier.customer.customers.Customers;
import dev.atelier.customer.customers.domain.CustomerFilter;
import dev.atelier.platform.openapi.CreatesResource;
import dev.atelier.platform.openapi.MergePatchBody;
import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.JsonMergePatch;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import dev.atelier.platform.web.SortableBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/customers}: the service serves the same paths the gateway exposes. Designers of
 * both roles read; only a lead designer creates, changes or archives.
 */
@RestController
@Tag(name = "Customers", description = "The shop's clients.")
@RequestMapping("/api/customers")
public class CustomerController {

    static final String MERGE_PATCH_JSON = JsonMergePatch.MEDIA_TYPE;

    /** Order-service asks with its service account token (client credentials). */
    static final String DESIGNER_OR_SERVICE = "hasAnyRole('" + Roles.LEAD_DESIGNER + "', '" + Roles.JUNIOR_DESIGNER
            + "', 'atelier_service')";

    private final Customers customers;

    private final JsonMergePatch mergePatch;

    public CustomerController(Customers customers, JsonMergePatch mergePatch) {
        this.customers = customers;
        this.mergePatch = mergePatch;
    }

    @PostMapping
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "createCustomer", summary = "Create a customer")
    @ProblemResponse(status = 409, description = "An active customer already has this e-mail address.")
    @CreatesResource(location = "The new customer.")
    public Mono<ResponseEntity<CustomerView>> create(@RequestBody CustomerRequest request) {
        return Mono.fromCallable(request::details)
            .flatMap(this.customers::create)
            .map(CustomerView::of)
            .map(created -> ResponseEntity.created(URI.create("/api/customers/" + created.id())).body(created));
    }

    @GetMapping
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "listCustomers", summary = "List customers")
    public Mono<PageResponse<CustomerView>> list(@RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "includeArchived", defaultValue = "false") boolean includeArchived,
            @Parameter(description = "Only these customers (repeat the parameter, at most "
                    + Customers.MAX_IDS + "): the names of a page of orders in one call.",
                    array = @ArraySchema(schema = @Schema(type = "string", format = "uuid"), maxItems = Customers.MAX_IDS))
            @RequestParam(name = "id", required = false) List<UUID> ids,
            @SortableBy(value = { "name", "createdAt" }, defaultSort = "createdAt,desc") PageQuery page) {
        return this.customers.list(new CustomerFilter(query, includeArchived, ids), page)
            .map(listed -> listed.map(CustomerView::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "getCustomer", summary = "Get a customer")
    public Mono<CustomerView> get(@PathVariable("id") UUID id) {
        return this.customers.get(id).map(CustomerView::of);
    }

    @GetMapping("/{id}/exists")
    @PreAuthorize(DESIGNER_OR_SERVICE)
    @Operation(operationId = "customerExists", summary = "Tell whether a customer exists")
    public Mono<CustomerExistence> exists(@PathVariable("id") UUID id) {
        return this.customers.isActive(id)
            .map(active -> new CustomerExistence(id, true, !active))
            .defaultIfEmpty(new CustomerExistence(id, false, false));
    }

    /**
     * What notification-service needs to write to the customer, read when it sends: name, e-mail,
     * language and consent. Its own account (role {@code notifier}) may read this and nothing else here.
     */
    @GetMapping("/{id}/contact")
    @PreAuthorize(Roles.ANY_DESIGNER_OR_NOTIFIER)
    @Operation(operationId = "getCustomerContact", summary = "Get a customer's contact details and consent")
    public Mono<CustomerContactView> contact(@PathVariable("id") UUID id) {
        return this.customers.get(id).map(CustomerContactView::of);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "replaceCustomer", summary = "Replace a customer's details")
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or another active customer has this e-mail address.")
    public Mono<CustomerView> replace(@PathVariable("id") UUID id, @RequestBody CustomerRequest request) {
        // Bad input is a 400 even for a customer that does not exist.
        return Mono.fromCallable(request::revision)
            .flatMap(revision -> this.customers.update(id, current -> revision))
            .map(CustomerView::of);
    }

    @PatchMapping(path = "/{id}", consumes = { MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE })
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "patchCustomer", summary = "Change some of a customer's details")
    @MergePatchBody(CustomerPatch.class)
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or another active customer has this e-mail address.")
    @ProblemResponse(status = 415, description = "The body is not merge-patch or plain JSON.")
    public Mono<CustomerView> patch(@PathVariable("id") UUID id, @RequestBody JsonNode patch) {
        // A JSON merge patch (RFC 7396) over the request shape, then the same rules as PUT.
        return this.customers.update(id, current -> this.mergePatch
                .apply(CustomerRequest.of(current), patch, CustomerRequest.class).revision())
            .map(CustomerView::of);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "archiveCustomer", summary = "Archive a customer")
    public Mono<Void> archive(@PathVariable("id") UUID id) {
        return this.customers.archive(id);
    }

}
