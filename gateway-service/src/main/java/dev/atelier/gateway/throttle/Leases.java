package dev.atelier.gateway.throttle;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Calls this gateway instance has already paid for in Redis, per bucket: a caller's next requests go on
 * without a Redis round trip until they are used up or the lease lapses. A lease lives one second, so
 * what one gateway holds back from the shared bucket is at most one batch a second per caller; calls
 * left when it lapses are not returned (the caller paid for them, which only errs on the strict side).
 */
class Leases {

    static final Duration LIFETIME = Duration.ofSeconds(1);

    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    private final LongSupplier nanoClock;

    private volatile long nextSweep;

    Leases(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.nextSweep = nanoClock.getAsLong() + LIFETIME.toNanos();
    }

    /** True when a live lease for {@code bucket} had a call left (now used). */
    boolean use(String bucket) {
        Lease lease = this.leases.get(bucket);
        return lease != null && lease.expiresAt - this.nanoClock.getAsLong() > 0
                && lease.remaining.getAndDecrement() > 0;
    }

    /** Holds {@code calls} paid calls for {@code bucket}, replacing any older lease. */
    void grant(String bucket, int calls) {
        long now = this.nanoClock.getAsLong();
        if (calls > 0) {
            this.leases.put(bucket, new Lease(new AtomicInteger(calls), now + LIFETIME.toNanos()));
        }
        if (now - this.nextSweep > 0) {
            // lapsed leases of callers who went away: dropped at most once a lifetime
            this.nextSweep = now + LIFETIME.toNanos();
            this.leases.values().removeIf(lease -> lease.expiresAt - now <= 0);
        }
    }

    int size() {
        return this.leases.size();
    }

    private record Lease(AtomicInteger remaining, long expiresAt) {
    }

}
