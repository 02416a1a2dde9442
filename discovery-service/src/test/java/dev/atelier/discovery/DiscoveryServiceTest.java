package dev.atelier.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.probe.ProbeClientApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

@SpringBootTest(classes = DiscoveryApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.security.user.name=registrar",
                "spring.security.user.password=s3cret-for-test"})
class DiscoveryServiceTest {

    @Value("${local.server.port}")
    int port;

    private static final String CREDENTIALS = "registrar:s3cret-for-test";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    UserDetailsService accounts;

    @Test
    void reports_liveness_and_readiness() throws Exception {
        assertThat(get("/actuator/health/liveness").body()).contains("\"UP\"");
        assertThat(get("/actuator/health/readiness").body()).contains("\"UP\"");
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void an_anonymous_registration_is_refused_and_nothing_is_registered() throws Exception {
        HttpResponse<String> answer = post("/eureka/apps/ORDER-SERVICE", null, forgedInstance());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(get("/eureka/apps/ORDER-SERVICE").statusCode()).as("still unknown").isEqualTo(404);
    }

    @Test
    void a_registration_with_a_wrong_password_is_refused() throws Exception {
        assertThat(post("/eureka/apps/ORDER-SERVICE", "registrar:guess", forgedInstance()).statusCode()).isEqualTo(401);
    }

    @Test
    void reading_the_registry_and_its_dashboard_needs_credentials() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/eureka/apps")).GET(), null).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/")).GET(), null).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/prometheus")).GET(), null).statusCode()).isEqualTo(401);
        assertThat(get("/eureka/apps").statusCode()).isEqualTo(200);
    }

    @Test
    void a_registration_with_the_credentials_is_accepted_without_a_csrf_token() throws Exception {
        assertThat(post("/eureka/apps/FORGE-CHECK", CREDENTIALS, instance("FORGE-CHECK")).statusCode()).isEqualTo(204);
        assertThat(get("/eureka/apps/FORGE-CHECK").statusCode()).isEqualTo(200);
    }

    @Test
    void the_password_stays_as_given_after_sign_ins_so_no_heartbeat_pays_for_bcrypt() throws Exception {
        for (int read = 0; read < 3; read++) {
            assertThat(get("/eureka/apps").statusCode()).isEqualTo(200);
        }
        // Spring's default re-hashes a plain password with bcrypt at the first sign-in (then every
        // request runs bcrypt); the registry's account keeps it as given
        assertThat(accounts.loadUserByUsername("registrar").getPassword()).isEqualTo("s3cret-for-test");
        assertThat(post("/eureka/apps/ORDER-SERVICE", "registrar:s3cret-for-tesT", forgedInstance()).statusCode())
                .as("one letter's case differs").isEqualTo(401);
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
                "--eureka.client.service-url.defaultZone=http://" + CREDENTIALS + "@127.0.0.1:" + port + "/eureka/",
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

    /** A read with the registry's credentials; health needs none but ignores them. */
    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), CREDENTIALS);
    }

    private HttpResponse<String> post(String path, String credentials, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String credentials) throws Exception {
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** What an attacker would post: order-service's name at an address of their choosing. */
    private static String forgedInstance() {
        return instance("ORDER-SERVICE");
    }

    private static String instance(String app) {
        return """
                {"instance": {"instanceId": "evil:%1$s", "hostName": "203.0.113.7", "app": "%1$s", "ipAddr": "203.0.113.7",
                  "status": "UP", "port": {"$": 8081, "@enabled": "true"},
                  "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", "name": "MyOwn"}}}
                """.formatted(app);
    }
}
