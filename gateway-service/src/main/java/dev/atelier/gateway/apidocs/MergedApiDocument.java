package dev.atelier.gateway.apidocs;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /v3/api-docs/atelier}: the gateway's own document and every service's, as the gateway
 * itself serves them (through its own routes, so with the same token, breaker and rewriting),
 * joined by {@link ApiDocumentMerger}. A service whose document cannot be had is left out and
 * named in {@code x-unavailable-services}.
 */
final class MergedApiDocument {

    static final String PATH = "/v3/api-docs/atelier";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<String> services;

    private final Environment environment;

    private final JsonMapper json;

    private final WebClient http = WebClient.create();

    MergedApiDocument(List<String> services, Environment environment, JsonMapper json) {
        this.services = List.copyOf(services);
        this.environment = environment;
        this.json = json;
    }

    Mono<ServerResponse> handle(ServerRequest request) {
        Optional<String> authorization = Optional.ofNullable(request.headers().firstHeader(HttpHeaders.AUTHORIZATION));
        Mono<ObjectNode> gateway = fetch("gateway", authorization)
            .switchIfEmpty(Mono.fromSupplier(() -> this.json.createObjectNode().put("openapi", "3.1.0")));
        Mono<Map<String, Optional<ObjectNode>>> documents = Flux.fromIterable(this.services)
            .concatMap(service -> fetch(service, authorization).map(Optional::of).defaultIfEmpty(Optional.empty())
                .map(document -> Map.entry(service, document)))
            .collectList()
            .map(entries -> {
                Map<String, Optional<ObjectNode>> ordered = new LinkedHashMap<>();
                entries.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
                return ordered;
            });
        return Mono.zip(gateway, documents).flatMap(both -> {
            Map<String, ObjectNode> available = new LinkedHashMap<>();
            both.getT2().forEach((service, document) -> document.ifPresent(found -> available.put(service, found)));
            ObjectNode merged = ApiDocumentMerger.merge(both.getT1(), available);
            List<String> missing = both.getT2().entrySet().stream().filter(entry -> entry.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
            if (!missing.isEmpty()) {
                missing.forEach(merged.putArray("x-unavailable-services")::add);
            }
            return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(this.json.writeValueAsString(merged));
        });
    }

    /** One document through the gateway's own port; empty when it is not a usable document. */
    private Mono<ObjectNode> fetch(String name, Optional<String> authorization) {
        String port = this.environment.getProperty("local.server.port", this.environment.getProperty("server.port", "8080"));
        return this.http.get().uri("http://127.0.0.1:" + port + "/v3/api-docs/" + name)
            .headers(headers -> authorization.ifPresent(value -> headers.set(HttpHeaders.AUTHORIZATION, value)))
            .retrieve()
            .bodyToMono(String.class)
            .timeout(TIMEOUT)
            .flatMap(body -> {
                JsonNode parsed = this.json.readTree(body);
                return parsed instanceof ObjectNode document && document.has("paths") ? Mono.just(document) : Mono.<ObjectNode>empty();
            })
            .onErrorResume(failure -> Mono.empty());
    }

}
