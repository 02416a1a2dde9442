package dev.atelier.platform.error;

import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.RefusalException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Endpoints that fail in every way a service's endpoints can. */
@RestController
@RequestMapping("/test")
class ProblemTestController {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    enum Unit { CM, IN }

    record Money(@NotNull @Positive BigDecimal amount, @NotBlank @Size(min = 3, max = 3) String currency) {
    }

    record ItemRequest(@NotBlank String name, @NotNull @Valid Money price, Unit unit, int quantity) {
    }

    @PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ItemRequest> create(@Valid @RequestBody ItemRequest item) {
        return Mono.just(item);
    }

    /** A constraint on a parameter switches Spring to method validation, body included. */
    @PostMapping(path = "/batches", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ItemRequest> createBatch(@Valid @RequestBody ItemRequest item, @RequestParam @Min(1) int copies) {
        return Mono.just(item);
    }

    /** What a service gets from validating an object itself, or from a {@code @Validated} bean. */
    @PostMapping("/prices")
    Mono<Void> price() {
        Set<ConstraintViolation<Money>> violations = VALIDATOR.validate(new Money(BigDecimal.ZERO, "EURO"));
        return Mono.error(new ConstraintViolationException(violations));
    }

    @GetMapping("/items")
    Mono<Map<String, Integer>> list(@RequestParam @Min(1) int count) {
        return Mono.just(Map.of("count", count));
    }

    @GetMapping("/items/{id}")
    Mono<ItemRequest> get(@PathVariable UUID id) {
        return Mono.error(new NotFoundException("item", id));
    }

    @PostMapping("/items/{id}/moves")
    Mono<Void> move(@PathVariable UUID id) {
        return Mono.error(new ConflictException("Order is DELIVERED; it cannot move to PENDING.",
                Map.of("allowedMoves", List.of())));
    }

    @PostMapping("/items/{id}/price")
    Mono<Void> reprice(@PathVariable UUID id) {
        return Mono.error(new OptimisticLockingFailureException("row version 3 expected 2 for table item"));
    }

    @PostMapping("/measurements")
    Mono<Void> measure() {
        return Mono.error(new ValidationFailedException(List.of(
                new FieldProblem("values.bust", "must be positive"),
                new FieldProblem("unit", "must be CM or IN"))));
    }

    /** A domain rule broken twice by one input, thrown as the domain throws it. */
    @PostMapping("/fittings")
    Mono<Void> fit() {
        return Mono.error(InvalidValueException.ofAll(List.of(new InvalidValueException("values.bust", "must be positive"),
                new InvalidValueException("unit", "must be CM or IN"))));
    }

    /** A move the state refuses, thrown by the domain, naming what is allowed. */
    @PostMapping("/items/{id}/shipments")
    Mono<Void> ship(@PathVariable UUID id) {
        return Mono.error(new RefusalException("Order is PENDING; it cannot be shipped yet.") {
            @Override
            public Map<String, Object> properties() {
                return Map.of("allowedMoves", List.of("IN_PROGRESS"));
            }
        });
    }

    @GetMapping("/neighbour")
    Mono<Void> neighbour() {
        return Mono.error(new ServiceUnavailableException("customer-service"));
    }

    @GetMapping("/boom")
    Mono<Void> boom() {
        return Mono.error(new IllegalStateException("secret connection string postgres://admin:pw@db"));
    }

    @GetMapping("/thrown")
    Mono<Void> thrown() {
        throw new IllegalArgumentException("thrown before any Mono exists");
    }

    @GetMapping("/buffer")
    Mono<Void> buffer() {
        return Mono.error(new DataBufferLimitException("Exceeded limit on max bytes to buffer : 262144"));
    }

    @GetMapping("/denied")
    Mono<Void> denied() {
        return Mono.error(new AccessDeniedException("Access Denied"));
    }

    @GetMapping(path = "/json-only", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Map<String, String>> jsonOnly() {
        return Mono.just(Map.of("ok", "yes"));
    }

}
