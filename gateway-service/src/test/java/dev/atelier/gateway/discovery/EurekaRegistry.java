package dev.atelier.gateway.discovery;

import dev.atelier.registry.RegistryTestApplication;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Eureka server in this JVM on a free loopback port, and the calls a service makes to it:
 * register an instance and cancel it, over Eureka's own REST protocol.
 */
final class EurekaRegistry implements AutoCloseable {

    private final ConfigurableApplicationContext server;

    private final String url;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Registered instances renew their lease every second, as a running service does. */
    private final Map<String, ScheduledFuture<?>> heartbeats = new ConcurrentHashMap<>();

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    private EurekaRegistry(ConfigurableApplicationContext server) {
        this.server = server;
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        this.url = "http://127.0.0.1:" + port + "/eureka/";
    }

    static EurekaRegistry start() {
        SpringApplication app = new SpringApplication(RegistryTestApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        int port = freePort();
        return new EurekaRegistry(app.run(
                // not the gateway's application.yml, which is on the same class path
                "--spring.config.name=registry-test",
                "--spring.application.name=registry",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                // its own URL as the only zone: no peers, so nothing is replicated to a registry
                // that may run on this machine at the default localhost:8761
                "--eureka.instance.hostname=127.0.0.1",
                "--eureka.client.service-url.defaultZone=http://127.0.0.1:" + port + "/eureka/",
                "--eureka.client.register-with-eureka=false",
                "--eureka.client.fetch-registry=false",
                "--eureka.server.enable-self-preservation=false",
                "--eureka.server.use-read-only-response-cache=false",
                "--eureka.server.wait-time-in-ms-when-sync-empty=0",
                "--spring.cloud.gateway.server.webflux.enabled=false",
                // the gateway's rate limiter on Redis is on the class path too, and needs the gateway
                "--spring.autoconfigure.exclude=org.springframework.cloud.gateway.config.GatewayRedisAutoConfiguration",
                "--spring.cloud.discovery.client.health-indicator.enabled=false"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The URL a Eureka client is given ({@code eureka.client.service-url.defaultZone}). */
    String url() {
        return this.url;
    }

    /** Registers one UP instance of {@code service} at {@code 127.0.0.1:port}, as a service does at start. */
    void register(String service, String instanceId, int port) {
        String app = service.toUpperCase(java.util.Locale.ROOT);
        String instance = """
                {"instance": {
                  "instanceId": "%s", "app": "%s", "hostName": "127.0.0.1", "ipAddr": "127.0.0.1",
                  "vipAddress": "%s", "secureVipAddress": "%s", "status": "UP",
                  "port": {"$": %d, "@enabled": "true"}, "securePort": {"$": 443, "@enabled": "false"},
                  "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", "name": "MyOwn"},
                  "leaseInfo": {"renewalIntervalInSecs": 30, "durationInSecs": 90}
                }}""".formatted(instanceId, app, service, service, port);
        send(HttpRequest.newBuilder(URI.create(this.url + "apps/" + app))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(instance)), 204);
        URI renewal = URI.create(this.url + "apps/" + app + "/" + instanceId + "?status=UP");
        this.heartbeats.put(instanceId, this.scheduler.scheduleWithFixedDelay(() -> renew(renewal), 1, 1, TimeUnit.SECONDS));
    }

    private void renew(URI renewal) {
        try {
            this.http.send(HttpRequest.newBuilder(renewal).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        catch (IOException e) {
            // the next heartbeat tries again, as Eureka clients do
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Cancels the instance's lease, as a service does when it shuts down. */
    void cancel(String service, String instanceId) {
        String app = service.toUpperCase(java.util.Locale.ROOT);
        ScheduledFuture<?> heartbeat = this.heartbeats.remove(instanceId);
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        send(HttpRequest.newBuilder(URI.create(this.url + "apps/" + app + "/" + instanceId)).DELETE(), 200);
    }

    private void send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("Eureka answered " + response.statusCode() + ": " + response.body());
            }
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        this.scheduler.shutdownNow();
        this.server.close();
    }

}
