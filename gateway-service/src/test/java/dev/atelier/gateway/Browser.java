package dev.atelier.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the sign-in tests need one: it follows no redirect by itself, keeps
 * cookies per host:port (by hand: Java's cookie manager would drop {@code Secure} cookies on
 * plain-HTTP loopback) and remembers every {@code Set-Cookie} header it saw, so a test can read
 * their attributes.
 */
public final class Browser {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

    public final List<String> setCookieHeaders = new ArrayList<>();

    public final List<HttpResponse<String>> responses = new ArrayList<>();

    /**
     * Signs in at the gateway as the user (whose password is the user name): starts at
     * {@code /oauth2/authorization/atelier-console}, fills in Keycloak's own login page and comes
     * back through the callback; answers the callback's response.
     */
    public HttpResponse<String> signIn(String gateway, String user) {
        HttpResponse<String> start = get(gateway + "/oauth2/authorization/atelier-console");
        assertThat(start.statusCode()).as("start of the sign-in").isEqualTo(302);
        HttpResponse<String> loginPage = get(location(start));
        assertThat(loginPage.statusCode()).as("Keycloak's login page").isEqualTo(200);
        HttpResponse<String> afterLogin = postForm(formAction(loginPage.body()), Map.of("username", user, "password", user),
                Map.of());
        assertThat(afterLogin.statusCode()).as(afterLogin.body()).isEqualTo(302);
        assertThat(location(afterLogin)).startsWith(gateway + "/login/oauth2/code/atelier-console");
        return get(location(afterLogin));
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
    }

    public HttpResponse<String> get(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return send(request, url);
    }

    public HttpResponse<String> postJson(String url, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request, url);
    }

    public HttpResponse<String> postForm(String url, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        headers.forEach(request::header);
        return send(request, url);
    }

    /** The value of a cookie this browser holds for the origin of {@code url}, or null. */
    public String cookie(String url, String name) {
        return this.cookies.getOrDefault(origin(url), Map.of()).get(name);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location header"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String url) {
        Map<String, String> jar = this.cookies.computeIfAbsent(origin(url), origin -> new LinkedHashMap<>());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            this.responses.add(response);
            response.headers().allValues("Set-Cookie").forEach(header -> {
                this.setCookieHeaders.add(header);
                String[] pair = header.split(";", 2)[0].split("=", 2);
                String value = pair.length > 1 ? pair[1] : "";
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    jar.remove(pair[0].trim());
                }
                else {
                    jar.put(pair[0].trim(), value);
                }
            });
            return response;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getHost() + ":" + uri.getPort();
    }

    public static String formAction(String html) {
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
            .matcher(html);
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String url = action.group(1) != null ? action.group(1) : action.group(2);
        return url.replace("&amp;", "&");
    }

    /** {@code application/x-www-form-urlencoded} text of the fields. */
    public static String form(Map<String, String> values) {
        return values.entrySet().stream()
            .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

}
