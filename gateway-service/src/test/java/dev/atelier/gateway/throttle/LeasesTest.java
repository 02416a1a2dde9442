package dev.atelier.gateway.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LeasesTest {

    private final AtomicLong now = new AtomicLong(1_000);

    private final Leases leases = new Leases(this.now::get);

    @Test
    void a_lease_gives_exactly_its_calls_and_only_to_its_bucket() {
        assertThat(this.leases.use("api.ann")).as("nothing paid yet").isFalse();
        this.leases.grant("api.ann", 3);

        assertThat(this.leases.use("api.bob")).isFalse();
        assertThat(this.leases.use("auth.ann")).isFalse();
        assertThat(this.leases.use("api.ann")).isTrue();
        assertThat(this.leases.use("api.ann")).isTrue();
        assertThat(this.leases.use("api.ann")).isTrue();
        assertThat(this.leases.use("api.ann")).as("three calls were paid for").isFalse();
    }

    @Test
    void a_lease_lapses_after_its_lifetime_and_lapsed_leases_are_swept() {
        this.leases.grant("api.ann", 5);
        this.now.addAndGet(Leases.LIFETIME.toNanos() - 1);
        assertThat(this.leases.use("api.ann")).isTrue();

        this.now.addAndGet(1);
        assertThat(this.leases.use("api.ann")).as("lapsed, though calls were left").isFalse();

        this.now.addAndGet(Leases.LIFETIME.toNanos());
        this.leases.grant("api.bob", 1);
        assertThat(this.leases.size()).as("ann's lapsed lease is gone, bob's is kept").isEqualTo(1);
        assertThat(this.leases.use("api.bob")).isTrue();
    }

}
