package dev.atelier.customer.measurements.api;

import dev.atelier.customer.measurements.Measurements;
import dev.atelier.customer.measurements.domain.LengthUnit;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.openapi.CreatesResource;
import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import dev.atelier.platform.web.SortableBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code /api/measurements} and {@code /api/customers/{id}/measurements}: both designer roles
 * manage measurements fully. {@code ?unit=CM|IN} converts the values on read.
 */
@RestController
@Tag(name = "Measurements", description = "Body measurements of customers, with their history.")
@PreAuthorize(Roles.ANY_DESIGNER)
public class MeasurementController {

    private final Measurements measurements;

    public MeasurementController(Measurements measurements) {
        this.measurements = measurements;
    }

    @PostMapping("/api/measurements")
    @Operation(operationId = "createMeasurement", summary = "Record a measurement")
    @ProblemResponse(status = 404, description = "No such customer (customerId).")
    @ProblemResponse(status = 409, description = "The customer is archived: their measurements can be read, not added.")
    @CreatesResource(location = "The new measurement.")
    public Mono<ResponseEntity<MeasurementView>> create(@RequestBody MeasurementRequest request) {
        // The details are checked first: a bad body without a customer names the body's fields.
        return Mono.fromCallable(request::details)
            .flatMap(details -> this.measurements.create(request.requiredCustomerId(), details))
            .map(created -> MeasurementView.of(created, null))
            .map(created -> ResponseEntity.created(URI.create("/api/measurements/" + created.id())).body(created));
    }

    @GetMapping("/api/measurements")
    @Operation(operationId = "listMeasurements", summary = "List measurements")
    public Mono<PageResponse<MeasurementView>> list(@RequestParam(name = "customerId", required = false) UUID customerId,
            @RequestParam(name = "orderId", required = false) UUID orderId,
            @Parameter(description = "Convert the values to this unit.", schema = @Schema(implementation = LengthUnit.class)) @RequestParam(name = "unit", required = false) String unit,
            @SortableBy(value = { "createdAt", "updatedAt" }, defaultSort = "createdAt,desc") PageQuery page) {
        LengthUnit shown = requestedUnit(unit);
        return this.measurements.list(customerId, orderId, page)
            .map(listed -> listed.map(measurement -> MeasurementView.of(measurement, shown)));
    }

    @GetMapping("/api/customers/{id}/measurements")
    @Operation(operationId = "listCustomerMeasurements", summary = "List a customer's measurements")
    public Mono<PageResponse<MeasurementView>> listForCustomer(@PathVariable("id") UUID customerId,
            @Parameter(description = "Convert the values to this unit.", schema = @Schema(implementation = LengthUnit.class)) @RequestParam(name = "unit", required = false) String unit,
            @SortableBy(value = { "createdAt", "updatedAt" }, defaultSort = "createdAt,desc") PageQuery page) {
        LengthUnit shown = requestedUnit(unit);
        return this.measurements.listForCustomer(customerId, page)
            .map(listed -> listed.map(measurement -> MeasurementView.of(measurement, shown)));
    }

    @GetMapping("/api/measurements/{id}")
    @Operation(operationId = "getMeasurement", summary = "Get a measurement")
    public Mono<MeasurementView> get(@PathVariable("id") UUID id,
            @Parameter(description = "Convert the values to this unit.", schema = @Schema(implementation = LengthUnit.class)) @RequestParam(name = "unit", required = false) String unit) {
        LengthUnit shown = requestedUnit(unit);
        return this.measurements.get(id).map(measurement -> MeasurementView.of(measurement, shown));
    }

    @GetMapping("/api/measurements/{id}/history")
    @Operation(operationId = "getMeasurementHistory", summary = "List a measurement's earlier versions")
    public Mono<List<MeasurementVersionView>> history(@PathVariable("id") UUID id,
            @Parameter(description = "Convert the values to this unit.", schema = @Schema(implementation = LengthUnit.class)) @RequestParam(name = "unit", required = false) String unit) {
        LengthUnit shown = requestedUnit(unit);
        return this.measurements.history(id)
            .map(versions -> versions.stream().map(version -> MeasurementVersionView.of(version, shown)).toList());
    }

    @PutMapping("/api/measurements/{id}")
    @Operation(operationId = "replaceMeasurement", summary = "Replace a measurement")
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion), or the customer is archived.")
    public Mono<MeasurementView> replace(@PathVariable("id") UUID id, @RequestBody MeasurementRequest request) {
        return Mono.fromCallable(request::details)
            .flatMap(details -> this.measurements.replace(id, request.customerId(), details, request.requiredVersion()))
            .map(replaced -> MeasurementView.of(replaced, null));
    }

    /** Parses {@code ?unit=}; absent means "as recorded". */
    private static LengthUnit requestedUnit(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        return LengthUnit.parse(unit).orElseThrow(() -> new ValidationFailedException("unit", "must be CM or IN"));
    }

}
