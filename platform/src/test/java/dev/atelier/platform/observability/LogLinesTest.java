package dev.atelier.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's log lines carry the trace id of the work they belong to: in readable text locally,
 * as JSON (ECS) in the docker and kubernetes profiles. Started as a service starts, with the
 * platform's defaults.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogLinesTest {

    private static final Logger log = LoggerFactory.getLogger(LogLinesTest.class);

    @AfterAll
    static void textLogsAgain() {
        // Boot keeps the structured format in a system property; later tests in this JVM log text.
        System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
    }

    @Test
    @Order(1)
    void a_local_log_line_is_text_with_the_trace_id(CapturedOutput output) {
        try (ConfigurableApplicationContext service = start()) {
            String traceId = logInsideATrace(service, "fitting booked");
            String line = lineWith(output, "fitting booked");
            assertThat(line).contains(traceId).doesNotStartWith("{");
        }
    }

    @Test
    @Order(2)
    void in_the_docker_profile_a_log_line_is_json_with_the_trace_id(CapturedOutput output) {
        try (ConfigurableApplicationContext service = start("--spring.profiles.active=docker")) {
            String traceId = logInsideATrace(service, "hem measured");
            JsonNode line = JsonMapper.builder().build().readTree(lineWith(output, "hem measured"));
            assertThat(line.path("message").asString()).isEqualTo("hem measured");
            assertThat(line.toString()).contains(traceId);
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(LoggingService.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run(append(args, "--spring.application.name=log-test",
                "--spring.autoconfigure.exclude=org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration,"
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                        + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
                        + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"));
    }

    private static String logInsideATrace(ConfigurableApplicationContext service, String message) {
        Observation work = Observation.start("test.work", service.getBean(ObservationRegistry.class));
        try (Observation.Scope scope = work.openScope()) {
            log.info(message);
            return service.getBean(Tracer.class).currentSpan().context().traceId();
        } finally {
            work.stop();
        }
    }

    private static String lineWith(CapturedOutput output, String message) {
        return output.getOut().lines().filter(line -> line.contains(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no log line with '" + message + "' in:\n" + output.getOut()));
    }

    private static String[] append(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class LoggingService {
    }
}
