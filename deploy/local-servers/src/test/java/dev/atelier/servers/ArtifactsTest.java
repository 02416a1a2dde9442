package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ArtifactsTest {

    @Test
    void the_build_recorded_every_server_artifact() {
        Artifacts artifacts = Artifacts.fromBuild();

        assertThat(artifacts.keycloakDistribution()).hasFileName("keycloak-quarkus-dist-" + artifacts.keycloakVersion() + ".zip");
        assertThat(artifacts.s3proxyJar().getFileName().toString()).endsWith("-jar-with-dependencies.jar");
        assertThat(artifacts.kafkaClasspath()).anySatisfy(jar -> assertThat(jar.getFileName().toString()).startsWith("kafka_2.13-"));
        assertThat(artifacts.kafkaClasspath()).anySatisfy(jar -> assertThat(jar.getFileName().toString()).startsWith("slf4j-simple-"));
        assertThat(artifacts.kafkaClasspath()).anySatisfy(jar -> assertThat(jar.getFileName().toString()).startsWith("slf4j-api-"));
        assertThat(artifacts.kafkaClasspath()).noneSatisfy(jar -> assertThat(jar.toString()).contains("awssdk"));
        // Kafka's Jackson 2 needs its annotations, which this module's Jackson 3 (compile scope) also pulls in
        assertThat(artifacts.kafkaClasspath()).anySatisfy(jar -> assertThat(jar.getFileName().toString()).startsWith("jackson-annotations-"));
        // GreenMail runs on its own shaded jar; nothing of it reaches Kafka
        assertThat(artifacts.greenmailJar().getFileName().toString()).startsWith("greenmail-standalone-");
        assertThat(artifacts.kafkaClasspath()).noneSatisfy(jar -> assertThat(jar.toString()).contains("greenmail"));
    }

    @Test
    void a_missing_artifact_says_how_to_get_it() {
        Properties properties = new Properties();
        properties.setProperty("keycloak.version", "26.7.3");
        properties.setProperty("keycloak.distribution", "/nowhere/keycloak.zip");

        assertThatThrownBy(() -> new Artifacts(properties).keycloakDistribution())
                .isInstanceOf(InfraException.class)
                .hasMessageContaining("org.keycloak:keycloak-quarkus-dist:26.7.3:zip")
                .hasMessageContaining("/nowhere/keycloak.zip")
                .hasMessageContaining("./mvnw -q -pl deploy/local-servers -am package");
    }
}
