package dev.atelier.bench;

import java.time.Duration;

/**
 * A closed-loop load: {@code connections} workers each send the same call again as soon as the last
 * one answered, first for the warm-up (thrown away), then for the measured duration.
 */
public interface ClosedLoad {

    /** One HTTP call: a full URL, and a body with its content type or none. */
    record Call(String method, String url, String contentType, byte[] body) {

        public static Call get(String url) {
            return new Call("GET", url, null, null);
        }
    }

    /** The tool's name for the report. */
    String tool();

    Figures run(Call call, int connections, Duration warmup, Duration duration) throws Exception;
}
