package dev.atelier.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import dev.atelier.probe.ProbeClientApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootTest(classes = DiscoveryApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class DiscoveryServiceTest {

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void reports_liveness_and_readiness() throws Exception {
        assertThat(get("/actuator/health/liveness").body()).contains("\"UP\"");
        assertThat(get("/actuator/health/readiness").body()).contains("\"UP\"");
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void a_eureka_client_registers_and_is_listed() {
        try (ConfigurableApplicationContext client = startClient("probe-client")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                HttpResponse<String> apps = get("/eureka/apps/PROBE-CLIENT");
                assertThat(apps.statusCode()).isEqualTo(200);
                assertThat(apps.body()).contains("<status>UP</status>");
            });
        }
    }

    /** A real Spring Cloud Eureka client in its own application context, pointed at this server. */
    private ConfigurableApplicationContext startClient(String name) {
        SpringApplication app = new SpringApplication(ProbeClientApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        return app.run(
                "--spring.application.name=" + name,
                "--spring.config.name=probe-client",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--eureka.client.service-url.defaultZone=http://127.0.0.1:" + port + "/eureka/",
                "--eureka.client.register-with-eureka=true",
                // the registry brings Jersey; a service registers over the plain Spring HTTP client
                "--eureka.client.jersey.enabled=false",
                "--eureka.client.fetch-registry=false",
                "--eureka.client.initial-instance-info-replication-interval-seconds=1",
                "--eureka.client.instance-info-replication-interval-seconds=1",
                "--eureka.instance.lease-renewal-interval-in-seconds=1",
                "--eureka.instance.instance-enabled-onit=true",
                "--spring.cloud.discovery.client.health-indicator.enabled=false");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
