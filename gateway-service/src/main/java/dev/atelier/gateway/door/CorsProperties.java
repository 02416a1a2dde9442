package dev.atelier.gateway.door;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which browser origins may call the API from their pages. None by default: only same-origin
 * pages and non-browser clients then.
 *
 * @param allowedOrigins origins such as {@code https://atelier.example} or patterns such as
 * {@code http://localhost:*}
 * @param allowCredentials whether cookies may go along; bearer tokens do not need them
 * @param maxAge how long a browser may reuse a preflight answer
 */
@ConfigurationProperties("atelier.gateway.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("false") boolean allowCredentials,
        @DefaultValue("1h") Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    }

}
