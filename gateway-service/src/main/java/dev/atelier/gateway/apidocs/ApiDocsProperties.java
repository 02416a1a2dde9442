package dev.atelier.gateway.apidocs;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services whose OpenAPI documents the gateway serves at {@code /v3/api-docs/<service>},
 * and the client it fetches them as. The services guard their documents like every other path;
 * with a client secret the gateway fetches them with its own client-credentials token so a
 * browser's Swagger UI can load them before anyone has logged in. Without one, the caller's own
 * {@code Authorization} header is passed on instead.
 *
 * @param services the Eureka names of the services with a document
 * @param clientId the confidential client whose token fetches the documents
 * @param clientSecret its secret; blank passes on the caller's token instead
 */
@ConfigurationProperties("atelier.gateway.api-docs")
public record ApiDocsProperties(
        @DefaultValue({ "customer-service", "order-service", "inventory-service", "media-service",
                "notification-service" }) List<String> services,
        @DefaultValue("atelier-service") String clientId, @DefaultValue("") String clientSecret) {
}
