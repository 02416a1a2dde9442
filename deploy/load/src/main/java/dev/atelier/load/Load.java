package dev.atelier.load;

import java.time.Duration;

/**
 * The bench's load engine. A closed loop: {@code connections} workers each send the same call again as
 * soon as the last one answered, first for the warm-up (thrown away), then for the measured duration.
 * A paced loop: the same call sent at a steady rate, however long the answers take.
 */
public interface Load {

    /** One HTTP call: a full URL, and a body with its content type or none. */
    record Call(String method, String url, String contentType, byte[] body) {

        public static Call get(String url) {
            return new Call("GET", url, null, null);
        }
    }

    /** The tool's name for the report. */
    String tool();

    Figures closed(Call call, int connections, Duration warmup, Duration duration) throws Exception;

    /** The call {@code perSecond} times a second for the duration; the figures count from each call's send. */
    PacedFigures paced(Call call, double perSecond, Duration duration) throws Exception;
}
