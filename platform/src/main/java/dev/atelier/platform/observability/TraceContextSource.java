package dev.atelier.platform.observability;

import reactor.core.publisher.Mono;

/** The trace context of the work in progress, or {@link TraceHeaders#NONE} when nothing is traced. */
@FunctionalInterface
public interface TraceContextSource {

    TraceContextSource NONE = () -> Mono.just(TraceHeaders.NONE);

    Mono<TraceHeaders> current();
}
