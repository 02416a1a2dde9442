package dev.atelier.notification.webhooks.domain;

import dev.atelier.platform.domain.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A webhook's target: an absolute HTTPS URL without credentials in it, at most 2000 characters.
 * Plain HTTP only to a loopback host, and only where the operator allows it (local runs and tests).
 */
public final class WebhookUrl {

    public static final int MAX_LENGTH = 2000;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private WebhookUrl() {
    }

    /** The URL as given, or {@link InvalidValueException} naming {@code url}. */
    public static String check(String url, boolean httpToLoopbackAllowed) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw invalid("must be an https URL of at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw invalid("must name a host, with no user name, password or fragment");
        }
        boolean loopback = LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback && httpToLoopbackAllowed)) {
            throw invalid("must be an https URL");
        }
        return url;
    }

    private static InvalidValueException invalid(String message) {
        return new InvalidValueException("url", message);
    }
}
