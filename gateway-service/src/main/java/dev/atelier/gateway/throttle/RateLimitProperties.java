package dev.atelier.gateway.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's request rate limits, kept in Redis so every gateway instance shares them.
 *
 * @param enabled off only for a gateway without Redis at all
 * @param auth {@code /api/auth/*} per client address (password guessing)
 * @param api every other authenticated {@code /api/**} call per user
 */
@ConfigurationProperties("atelier.gateway.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Limit auth, Limit api) {

    public RateLimitProperties {
        auth = auth != null ? auth : new Limit(10, Duration.ofMinutes(1), 10);
        api = api != null ? api : new Limit(100, Duration.ofSeconds(1), 200);
    }

    /**
     * A token bucket: {@code requests} per {@code period} on average, at most {@code burst} at once.
     *
     * @param period whole seconds, at least one
     * @param batch how many requests one Redis call may pay for ahead (see {@link #calls()}); 0 picks it
     */
    public record Limit(int requests, Duration period, int burst, int batch) {

        @ConstructorBinding
        public Limit {
            if (batch < 0) {
                throw new IllegalArgumentException("a rate limit's batch is 0 (automatic) or more, not " + batch);
            }
            if (requests < 1 || burst < 1) {
                throw new IllegalArgumentException("a rate limit needs at least 1 request and a burst of at least 1, not "
                        + requests + " and " + burst);
            }
            if (period.toMillis() < 1000 || period.toMillis() % 1000 != 0) {
                throw new IllegalArgumentException("a rate limit's period is whole seconds (at least 1s), not " + period);
            }
        }

        public Limit(int requests, Duration period, int burst) {
            this(requests, period, burst, 0);
        }

        /**
         * Requests paid for by one Redis call: the configured batch, else a tenth of the requests a second
         * (at most 20), never more than the burst and at least 1. A limit of a few requests a minute (the
         * auth limit) is thus checked request by request.
         */
        int calls() {
            long perSecond = requests / period.toSeconds();
            long calls = batch > 0 ? batch : Math.min(20, perSecond / 10);
            return (int) Math.max(1, Math.min(calls, burst));
        }

        /**
         * Redis' bucket refills whole tokens per second, so a request costs one token per second of the
         * period: {@code requests} tokens a second then pay for {@code requests} calls per period.
         */
        long tokensPerRequest() {
            return period.toSeconds();
        }

        /** When a refused caller may have one request again: the time the bucket needs to refill one. */
        long retryAfterSeconds() {
            return Math.max(1, (period.toSeconds() + requests - 1) / requests);
        }

    }

}
