package dev.atelier.customer.measurements.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import dev.atelier.platform.web.SortableBy;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/measurements} and {@code /api/customers/{id}/measurements}: both designer roles
 * manage measurements fully. {@code ?unit=CM|IN} converts the values on read.
 */
@RestController
@PreAuthorize(Roles.ANY_DESIGNER)
public class MeasurementController {

    private final MeasurementService measurements;

    public MeasurementController(MeasurementService measurements) {
        this.measurements = measurements;
    }

    @PostMapping("/api/measurements")
    public Mono<ResponseEntity<MeasurementView>> create(@RequestBody MeasurementRequest request) {
        return this.measurements.create(request)
            .map(created -> ResponseEntity.created(URI.create("/api/measurements/" + created.id())).body(created));
    }

    @GetMapping("/api/measurements")
    public Mono<PageResponse<MeasurementView>> list(@RequestParam(name = "customerId", required = false) UUID customerId,
            @RequestParam(name = "orderId", required = false) UUID orderId,
            @RequestParam(name = "unit", required = false) String unit,
            @SortableBy(value = { "createdAt", "updatedAt" }, defaultSort = "createdAt,desc") PageQuery page) {
        return this.measurements.list(customerId, orderId, MeasurementService.requestedUnit(unit), page);
    }

    @GetMapping("/api/customers/{id}/measurements")
    public Mono<PageResponse<MeasurementView>> listForCustomer(@PathVariable("id") UUID customerId,
            @RequestParam(name = "unit", required = false) String unit,
            @SortableBy(value = { "createdAt", "updatedAt" }, defaultSort = "createdAt,desc") PageQuery page) {
        return this.measurements.listForCustomer(customerId, MeasurementService.requestedUnit(unit), page);
    }

    @GetMapping("/api/measurements/{id}")
    public Mono<MeasurementView> get(@PathVariable("id") UUID id,
            @RequestParam(name = "unit", required = false) String unit) {
        return this.measurements.get(id, MeasurementService.requestedUnit(unit));
    }

    @GetMapping("/api/measurements/{id}/history")
    public Mono<List<MeasurementVersionView>> history(@PathVariable("id") UUID id,
            @RequestParam(name = "unit", required = false) String unit) {
        return this.measurements.history(id, MeasurementService.requestedUnit(unit));
    }

    @PutMapping("/api/measurements/{id}")
    public Mono<MeasurementView> replace(@PathVariable("id") UUID id, @RequestBody MeasurementRequest request) {
        return this.measurements.replace(id, request);
    }

}
