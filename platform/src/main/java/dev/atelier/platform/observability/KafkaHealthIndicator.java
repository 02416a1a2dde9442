package dev.atelier.platform.observability;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code kafka} in the health and readiness groups: up while the broker describes its cluster
 * within a few seconds. Boot has no Kafka indicator of its own; one admin client is kept open.
 */
public final class KafkaHealthIndicator extends AbstractReactiveHealthIndicator implements DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Map<String, Object> adminConfig;
    private volatile @Nullable AdminClient admin;

    public KafkaHealthIndicator(Map<String, Object> adminConfig) {
        super("Kafka is unreachable");
        this.adminConfig = Map.copyOf(adminConfig);
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        // Creating the client resolves addresses: not on an event-loop thread.
        return Mono.fromCallable(this::admin).subscribeOn(Schedulers.boundedElastic())
                .flatMap(client -> Mono.fromFuture(client.describeCluster(
                        new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis())).clusterId()
                        .toCompletionStage().toCompletableFuture()))
                .timeout(TIMEOUT.plusSeconds(1))
                .map(clusterId -> builder.up().withDetail("clusterId", clusterId).build());
    }

    private AdminClient admin() {
        AdminClient client = admin;
        if (client == null) {
            synchronized (this) {
                client = admin;
                if (client == null) {
                    client = AdminClient.create(adminConfig);
                    admin = client;
                }
            }
        }
        return client;
    }

    @Override
    public void destroy() {
        AdminClient client = admin;
        if (client != null) {
            client.close(Duration.ofSeconds(2));
        }
    }
}
