package dev.atelier.platform.test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.MultiValueMap;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checks every exchange a test makes against the OpenAPI document the application under test
 * publishes ({@code /v3/api-docs}), with Atlassian's OpenAPI request validator: every answer must be
 * one the document declares (status, media type, body schema, headers), and a request that got a
 * 2xx must be one the document allows. A document that drifts from the code fails the test that
 * saw the difference. A service's test base switches it on with {@code @Import(ContractCheck.class)};
 * it sees the exchanges whose body the test reads ({@code expectBody}). The gateway uses
 * {@link ContractCheckOfOwnPaths}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContractCheck {

    /**
     * A request header a test sets on a request it sends outside the document on purpose (to show
     * the service's leniency, e.g. a page size above the maximum being capped): its answer is
     * still checked, the request is not.
     */
    public static final String OUTSIDE_THE_DOCUMENT = "X-Test-Outside-Document";

    @Bean
    WebTestClientBuilderCustomizer contractCheckingWebTestClient(Environment environment) {
        return Validator.customizer(environment, false);
    }

    /** Validates one exchange; the document is read once, at the first exchange. */
    public static final class Validator implements Consumer<EntityExchangeResult<?>> {

        private static final java.util.Set<String> KNOWN_METHODS = java.util.Arrays.stream(Request.Method.values())
                .map(Enum::name).collect(Collectors.toUnmodifiableSet());

        private final Environment environment;

        // Built at the first exchange: the document exists only once the application listens.
        private final SingletonSupplier<OpenApiInteractionValidator> validator;

        /**
         * {@code environment} names the running application's port ({@code local.server.port});
         * {@code ownPathsOnly} skips exchanges on paths the document does not have.
         */
        public Validator(Environment environment, boolean ownPathsOnly) {
            this.environment = environment;
            this.validator = SingletonSupplier.of(() -> createValidator(ownPathsOnly));
        }

        /** The customizer ContractCheck and ContractCheckOfOwnPaths register: every exchange goes to one validator. */
        public static WebTestClientBuilderCustomizer customizer(Environment environment, boolean ownPathsOnly) {
            Validator validator = new Validator(environment, ownPathsOnly);
            return builder -> builder.entityExchangeResultConsumer(validator);
        }

        @Override
        public void accept(EntityExchangeResult<?> exchange) {
            String path = exchange.getUrl().getRawPath();
            if (!path.startsWith("/api/") || !KNOWN_METHODS.contains(exchange.getMethod().name())) {
                // actuator, the documents, the gateway's fallbacks, methods HTTP does not have: not the API
                return;
            }
            OpenApiInteractionValidator validator = this.validator.obtain();
            SimpleResponse response = response(exchange);
            ValidationReport report = validator.validateResponse(path, method(exchange), response);
            if (exchange.getStatus().is2xxSuccessful()
                    && !exchange.getRequestHeaders().containsHeader(OUTSIDE_THE_DOCUMENT)
                    && textOrEmpty(exchange.getRequestBodyContent(),
                    exchange.getRequestHeaders())) {
                report = report.merge(validator.validateRequest(request(exchange)));
            }
            if (report.hasErrors()) {
                throw new AssertionError("%s %s -> %d does not match the published OpenAPI document:%n%s%nanswer: %s"
                        .formatted(exchange.getMethod(), exchange.getUrl(), exchange.getStatus().value(),
                                report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                                        .map(m -> "  - " + m.getKey() + ": " + m.getMessage())
                                        .collect(Collectors.joining(System.lineSeparator())),
                                isText(exchange.getResponseHeaders())
                                        ? body(exchange.getResponseBodyContent(), exchange.getResponseHeaders())
                                        : "(binary)"));
            }
        }

        private OpenApiInteractionValidator createValidator(boolean ownPathsOnly) {
            return OpenApiInteractionValidator.createForInlineApiSpecification(document())
                    .withLevelResolver(LevelResolver.create()
                            // Tokens are checked by the service itself (401 is tested on its own).
                            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.path.missing", ownPathsOnly
                                    ? ValidationReport.Level.IGNORE : ValidationReport.Level.ERROR)
                            // The validator reads a form-exploded array value holding a comma
                            // (sort=name,asc, as the document allows) as malformed JSON. Such a
                            // parameter goes unchecked here; the services refuse a sort they do
                            // not offer themselves (400 naming it, tested on its own).
                            .withLevel("validation.request.parameter.schema.invalidJson",
                                    ValidationReport.Level.IGNORE)
                            // It reads a 3.1 array parameter ("type": "array" parsed as a type set) as
                            // no array, so a repeated one (?id=a&id=b) would fail here; the services
                            // bound such lists themselves (tested on their own).
                            .withLevel("validation.request.parameter.collection.invalid",
                                    ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        }

        private String document() {
            String port = this.environment.getProperty("local.server.port");
            String path = this.environment.getProperty("springdoc.api-docs.path", "/v3/api-docs");
            URI uri = URI.create("http://127.0.0.1:" + port + path);
            try (HttpClient http = HttpClient.newHttpClient()) {
                // The services' documents need a token like the rest of their API.
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri)
                                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestInfrastructure.keycloak().serviceAccessToken())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(uri + " answered " + answer.statusCode());
                }
                return answer.body();
            } catch (IOException e) {
                throw new IllegalStateException("could not read " + uri, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted reading " + uri, e);
            }
        }

        private static Request.Method method(EntityExchangeResult<?> exchange) {
            return Request.Method.valueOf(exchange.getMethod().name());
        }

        private static SimpleResponse response(EntityExchangeResult<?> exchange) {
            SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.getStatus().value());
            exchange.getResponseHeaders().forEach(response::withHeader);
            String body = body(exchange.getResponseBodyContent(), exchange.getResponseHeaders());
            if (body != null) {
                response.withBody(body);
            }
            return response.build();
        }

        private static SimpleRequest request(EntityExchangeResult<?> exchange) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(method(exchange),
                    exchange.getUrl().getRawPath());
            MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(exchange.getUrl()).build(true)
                    .getQueryParams();
            query.forEach((name, values) -> request.withQueryParam(name, decoded(values)));
            exchange.getRequestHeaders().forEach(request::withHeader);
            String body = body(exchange.getRequestBodyContent(), exchange.getRequestHeaders());
            if (body != null) {
                request.withBody(body);
            }
            return request.build();
        }

        private static List<String> decoded(List<String> values) {
            return values.stream().map(value -> value == null ? null
                    : java.net.URLDecoder.decode(value, StandardCharsets.UTF_8)).toList();
        }

        /** Multipart requests (uploads) are not re-parsed here: their parts are checked by the service's own tests. */
        private static boolean textOrEmpty(byte[] content, HttpHeaders headers) {
            return content == null || content.length == 0 || isText(headers);
        }

        /** A body as the validator reads it: text as UTF-8, anything else (an image) byte for byte as Latin-1. */
        private static String body(byte[] content, HttpHeaders headers) {
            if (content == null || content.length == 0) {
                return null;
            }
            return new String(content, isText(headers) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }

        private static boolean isText(HttpHeaders headers) {
            MediaType type = headers.getContentType();
            return type == null || type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.getSubtype().endsWith("+json") || "text".equals(type.getType());
        }
    }
}
