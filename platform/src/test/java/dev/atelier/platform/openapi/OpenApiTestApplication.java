package dev.atelier.platform.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atelier.platform.web.JsonMergePatch;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import dev.atelier.platform.web.SortableBy;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** A service-shaped API with every convention the platform documents: list, create, get, patch, delete. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(OpenApiTestApplication.GarmentController.class)
class OpenApiTestApplication {

    record Garment(UUID id, String name, @Nullable String notes, @Nullable Trim trim, Instant createdAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal price) {
    }

    record Trim(String colour) {
    }

    record GarmentRequest(String name, @Nullable String notes) {
    }

    record GarmentPatch(@Nullable String name, @Nullable String notes) {
    }

    @RestController
    static class GarmentController {

        @GetMapping("/api/garments")
        Mono<PageResponse<Garment>> list(@SortableBy(value = { "name", "createdAt" }, defaultSort = "createdAt,desc") PageQuery page) {
            return Mono.just(PageResponse.of(List.of(), page, 0));
        }

        @PostMapping("/api/garments")
        @CreatesResource(location = "The new garment.")
        @ProblemResponse(status = 409, description = "A garment of that name exists.")
        Mono<ResponseEntity<Garment>> create(@RequestBody GarmentRequest request) {
            Garment garment = new Garment(UUID.randomUUID(), request.name(), request.notes(), null, Instant.now(), null);
            return Mono.just(ResponseEntity.created(URI.create("/api/garments/" + garment.id())).body(garment));
        }

        @GetMapping("/api/garments/{id}/sketch")
        @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The sketch.")
        @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "304", description = "Not modified.")
        Mono<Trim> sketch(@PathVariable("id") UUID id) {
            return Mono.just(new Trim("red"));
        }

        @GetMapping("/api/garments/{id}")
        Mono<Garment> get(@PathVariable("id") UUID id) {
            return Mono.just(new Garment(id, "coat", null, null, Instant.now(), null));
        }

        @PatchMapping(path = "/api/garments/{id}", consumes = JsonMergePatch.MEDIA_TYPE)
        @MergePatchBody(GarmentPatch.class)
        Mono<Garment> patch(@PathVariable("id") UUID id, @RequestBody JsonNode patch) {
            return get(id);
        }

        @DeleteMapping("/api/garments/{id}")
        @ResponseStatus(HttpStatus.NO_CONTENT)
        Mono<Void> delete(@PathVariable("id") UUID id) {
            return Mono.empty();
        }

    }

}
