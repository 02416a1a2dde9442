package dev.atelier.platform.observability;

import org.jspecify.annotations.Nullable;

/**
 * A span's W3C trace context as header values ({@code traceparent}, {@code tracestate}), kept
 * with work that continues later elsewhere, such as an outbox row the relay publishes.
 */
public record TraceHeaders(@Nullable String traceparent, @Nullable String tracestate) {

    public static final TraceHeaders NONE = new TraceHeaders(null, null);

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
}
