package dev.atelier.gateway.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitPropertiesTest {

    @Test
    void defaults_are_ten_auth_calls_a_minute_and_a_hundred_api_calls_a_second() {
        RateLimitProperties limits = new RateLimitProperties(true, null, null);
        assertThat(limits.auth()).isEqualTo(new RateLimitProperties.Limit(10, Duration.ofMinutes(1), 10));
        assertThat(limits.api()).isEqualTo(new RateLimitProperties.Limit(100, Duration.ofSeconds(1), 200));
    }

    @Test
    void a_request_costs_a_token_per_second_of_the_period_and_retry_after_is_the_refill_of_one() {
        RateLimitProperties.Limit auth = new RateLimitProperties.Limit(10, Duration.ofMinutes(1), 10);
        assertThat(auth.tokensPerRequest()).isEqualTo(60);
        assertThat(auth.retryAfterSeconds()).isEqualTo(6);
        assertThat(new RateLimitProperties.Limit(7, Duration.ofMinutes(1), 7).retryAfterSeconds()).isEqualTo(9);
        assertThat(new RateLimitProperties.Limit(100, Duration.ofSeconds(1), 200).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void a_batch_is_a_tenth_of_the_requests_a_second_at_most_20_within_the_burst_unless_set() {
        assertThat(new RateLimitProperties.Limit(100, Duration.ofSeconds(1), 200).calls()).isEqualTo(10);
        assertThat(new RateLimitProperties.Limit(100_000, Duration.ofSeconds(1), 100_000).calls()).isEqualTo(20);
        assertThat(new RateLimitProperties.Limit(10, Duration.ofMinutes(1), 10).calls()).as("auth: request by request").isEqualTo(1);
        assertThat(new RateLimitProperties.Limit(100, Duration.ofSeconds(1), 5).calls()).as("never past the burst").isEqualTo(5);
        assertThat(new RateLimitProperties.Limit(100, Duration.ofSeconds(1), 200, 50).calls()).isEqualTo(50);
        assertThat(new RateLimitProperties.Limit(100, Duration.ofSeconds(1), 200, 1).calls()).isEqualTo(1);
        assertThatThrownBy(() -> new RateLimitProperties.Limit(1, Duration.ofSeconds(1), 1, -1)).hasMessageContaining("batch");
    }

    @Test
    void nonsense_is_refused_at_start_up() {
        assertThatThrownBy(() -> new RateLimitProperties.Limit(0, Duration.ofSeconds(1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitProperties.Limit(1, Duration.ofMillis(1500), 1)).hasMessageContaining("whole seconds");
        assertThatThrownBy(() -> new RateLimitProperties.Limit(1, Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

}
