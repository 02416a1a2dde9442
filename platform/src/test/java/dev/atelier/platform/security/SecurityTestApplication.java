package dev.atelier.platform.security;

import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A service as the platform expects one: auto-configuration and a few endpoints, no security code. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SecurityTestApplication.ThingsController.class)
class SecurityTestApplication {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder().leadOnly(HttpMethod.POST, "/api/prices").build();
    }

    @RestController
    static class ThingsController {

        @GetMapping("/api/things")
        Mono<Map<String, String>> things() {
            return CurrentUser.name().map(name -> Map.of("user", name));
        }

        @PostMapping("/api/things")
        Mono<Map<String, String>> createThing() {
            return CurrentUser.name().map(name -> Map.of("createdBy", name));
        }

        @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
        @GetMapping("/api/prices")
        Mono<Map<String, String>> prices() {
            return Mono.just(Map.of("price", "450.00"));
        }

        /** Lead-only in the filter chain as well: a junior never reaches the body's parsing. */
        @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
        @PostMapping("/api/prices")
        Mono<Map<String, Object>> setPrice(@RequestBody Map<String, Integer> price) {
            return Mono.just(Map.of("price", price.get("amount")));
        }

        @GetMapping("/api/sales")
        Mono<Map<String, String>> sales(@RequestParam(required = false) String minPrice) {
            return CurrentUser.requireSeesMoney("minPrice", minPrice != null)
                .then(Mono.just(Map.of("sales", "listed")));
        }

        @GetMapping("/public/ping")
        Mono<Map<String, String>> ping() {
            return Mono.just(Map.of("pong", "yes"));
        }

    }

}
