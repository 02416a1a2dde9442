package dev.atelier.gateway.updates;

import dev.atelier.platform.consumer.ConsumerProperties;
import dev.atelier.platform.consumer.TrustedSources;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.schedule.PeriodicWork;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import reactor.core.publisher.Mono;

/** The live-update stream: the log, the Kafka feed that fills it, the heartbeat and its metrics. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({UpdatesProperties.class, ConsumerProperties.class})
class UpdatesConfiguration {

    @Bean
    UpdateLog updateLog(UpdatesProperties properties, Clock clock, ObjectProvider<MeterRegistry> meters) {
        UpdateLog log = new UpdateLog(properties.replayWindow(), properties.keep(), properties.maxStreams(),
                properties.clientQueue(), clock);
        meters.ifAvailable(registry -> {
            Gauge.builder("atelier.updates.streams", log, UpdateLog::streams)
                .description("Open live-update streams").register(registry);
            Gauge.builder("atelier.updates.kept", log, UpdateLog::size)
                .description("Updates kept for reconnecting clients").register(registry);
            FunctionCounter.builder("atelier.updates.slow.closed", log, UpdateLog::slowClosed)
                .description("Streams ended because their client read too slowly").register(registry);
        });
        return log;
    }

    @Bean
    UpdateFeed updateFeed(UpdateLog log, CloudEventsJson json, ConsumerProperties consumer,
            UpdatesProperties properties, ConsumerFactory<?, ?> consumers, Clock clock) {
        return new UpdateFeed(log, json, new TrustedSources(consumer.trustedSources()), properties,
                consumers.getConfigurationProperties(), clock);
    }

    @Bean
    PeriodicWork updateHeartbeat(UpdateLog log, UpdatesProperties properties) {
        return new PeriodicWork("live-update heartbeat", properties.heartbeat()) {
            @Override
            protected Mono<?> runOnce() {
                return Mono.fromRunnable(log::heartbeat);
            }
        };
    }
}
