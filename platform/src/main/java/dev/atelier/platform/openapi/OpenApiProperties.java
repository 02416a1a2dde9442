package dev.atelier.platform.openapi;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code info} of a service's OpenAPI document.
 *
 * @param title the document's title; the application name when blank
 * @param version the API version; the build's version (build-info) when blank
 * @param description what the service is for
 */
@ConfigurationProperties("atelier.openapi")
public record OpenApiProperties(@Nullable String title, @Nullable String version, @Nullable String description) {
}
