package dev.atelier.gateway.door;

import dev.atelier.platform.domain.Ids;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The id that ties one client request to every log line and downstream call it causes. A
 * client's own {@code X-Correlation-Id} is kept when it is a harmless token; else the trace id of
 * a W3C {@code traceparent}; else a new id ({@link Ids#newId()}).
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";

    public static final String TRACEPARENT = "traceparent";

    /** Where the chosen id waits for the error handlers of this exchange. */
    static final String ATTRIBUTE = CorrelationId.class.getName();

    /** Letters, digits and {@code . _ : -}, at most 128: nothing that could forge a log line or header. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** version 00 (or a later one) - 32 hex trace id - 16 hex parent id - 2 hex flags. */
    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}.*");

    private CorrelationId() {
    }

    static String choose(HttpHeaders headers) {
        String given = headers.getFirst(HEADER);
        if (given != null && VALID.matcher(given).matches()) {
            return given;
        }
        String traceId = traceId(headers.getFirst(TRACEPARENT));
        return traceId != null ? traceId : Ids.newId().toString();
    }

    private static @Nullable String traceId(@Nullable String traceparent) {
        if (traceparent == null) {
            return null;
        }
        var match = TRACEPARENT_FORMAT.matcher(traceparent.trim());
        if (!match.matches() || traceparent.startsWith("ff") || match.group(1).chars().allMatch(c -> c == '0')) {
            return null;
        }
        return match.group(1);
    }

    /** The id of this exchange; only absent for exchanges that never passed the gateway's door. */
    public static @Nullable String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

}
