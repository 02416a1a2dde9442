package dev.atelier.platform.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A real Kafka broker (KRaft) shared by the tests of one JVM. */
public record KafkaBroker(String bootstrapServers) {

    public void registerWith(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", this::bootstrapServers);
    }
}
