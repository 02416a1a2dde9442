package dev.atelier.platform.schedule;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Background work run every {@code interval} while the application runs (a clean-up, a purge):
 * non-blocking, one run at a time (a run that outlasts the interval skips ticks instead of piling
 * up), a failed run logged and the next one tried, stopped with the application (a run under way
 * is cancelled; what it left, the next run does).
 */
public abstract class PeriodicWork implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicWork.class);

    private final String name;
    private final Duration interval;
    private final Object lifecycle = new Object();
    private @Nullable Disposable runs;

    protected PeriodicWork(String name, Duration interval) {
        this.name = Objects.requireNonNull(name, "name");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** One run of the work. */
    protected abstract Mono<?> runOnce();

    @Override
    public final void start() {
        synchronized (lifecycle) {
            if (runs != null) {
                return;
            }
            runs = Flux.interval(interval, interval)
                    .onBackpressureDrop()
                    .concatMap(tick -> runOnce().onErrorResume(e -> {
                        log.warn("{} failed: {}", name, NestedExceptionUtils.getMostSpecificCause(e).toString());
                        return Mono.empty();
                    }), 1)
                    .subscribe();
        }
    }

    @Override
    public final void stop() {
        synchronized (lifecycle) {
            if (runs != null) {
                runs.dispose();
                runs = null;
            }
        }
    }

    @Override
    public final boolean isRunning() {
        synchronized (lifecycle) {
            return runs != null;
        }
    }
}
