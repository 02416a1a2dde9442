package dev.atelier.platform.defaults;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Eureka client the registry's credentials, so no service repeats them: the registry
 * refuses anonymous calls (discovery-service's HTTP Basic), and Spring Cloud Netflix sends Basic
 * authentication when the service URL carries {@code user:password@}. The URL itself
 * ({@code EUREKA_URL}) stays an address without secrets, fit for a ConfigMap; the credentials come
 * from {@code atelier.registry.username|password} ({@code EUREKA_USERNAME}, {@code EUREKA_PASSWORD}).
 * A URL that already names a user is left as it is.
 */
public final class RegistryCredentials implements EnvironmentPostProcessor, Ordered {

    static final String SERVICE_URL = "eureka.client.service-url.defaultZone";
    static final String USERNAME = "atelier.registry.username";
    static final String PASSWORD = "atelier.registry.password";
    static final String SOURCE = "atelier-registry-credentials";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String urls = environment.getProperty(SERVICE_URL);
        String username = environment.getProperty(USERNAME);
        String password = environment.getProperty(PASSWORD);
        if (urls == null || urls.isBlank() || username == null || username.isBlank() || password == null) {
            return;
        }
        String withCredentials = withCredentials(urls, username, password);
        if (!withCredentials.equals(urls)) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(SERVICE_URL, withCredentials)));
        }
    }

    /** Each comma-separated URL without user information gets {@code username:password@}, percent-encoded. */
    static String withCredentials(String urls, String username, String password) {
        String userInfo = encode(username) + ":" + encode(password);
        return Arrays.stream(urls.split(","))
                .map(String::trim)
                .map(url -> withUserInfo(url, userInfo))
                .collect(Collectors.joining(","));
    }

    private static String withUserInfo(String url, String userInfo) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(SERVICE_URL + " is not a URL: " + url, e);
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() == null || uri.getScheme() == null) {
            return url;
        }
        // the authority is re-assembled from raw parts so nothing else of the URL is re-encoded
        return uri.getScheme() + "://" + userInfo + "@" + uri.getRawAuthority()
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** URL user information takes %20, not the form encoding's +. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** After {@link PlatformDefaults}, whose defaults name the credentials. */
    @Override
    public int getOrder() {
        return new PlatformDefaults().getOrder() + 1;
    }
}
