package dev.atelier.gateway.routing;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;
import org.springframework.stereotype.Component;

/**
 * Names the observation of each call the gateway proxies to a service {@value #NAME}. Spring Cloud Gateway
 * calls it {@code http.client.requests}, the name Boot gives WebClient's calls, with other tag keys: Prometheus
 * keeps the first shape registered and drops the other, so either the proxied calls or the gateway's own calls
 * (Keycloak, the API documents) were missing from the scrape. The tags and the trace spans stay the gateway's.
 */
@Component
class ProxiedCallObservation extends DefaultGatewayObservationConvention {

    static final String NAME = "gateway.proxy.requests";

    @Override
    public String getName() {
        return NAME;
    }
}
