package dev.atelier.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's tour, written against the TypeScript client generated from the published document
 * (api-contract's {@code src/tour.ts}, type-checked there with tsc), run with tsx against the real
 * suite: a client generated from the contract works, not only compiles.
 */
@ExtendWith(SuiteExtension.class)
class ReadmeTourIT {

    private static final Path CONTRACT = Path.of(System.getProperty("atelier.e2e.root", ".."), "api-contract");

    @Test
    void the_generated_typescript_client_drives_the_tour_through_the_gateway(Suite suite) throws Exception {
        Path tsx = CONTRACT.resolve("node_modules/.bin/tsx");
        assertThat(tsx).as("api-contract installs tsx (npm ci) before the e2e tests run").exists();
        Path output = Files.createTempFile("atelier-tour", ".log");
        ProcessBuilder command = new ProcessBuilder(tsx.toString(), "src/tour.ts")
                .directory(CONTRACT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        command.environment().put("ATELIER_URL", suite.gatewayUrl());
        Process tour = command.start();
        boolean ended = tour.waitFor(3, TimeUnit.MINUTES);
        String printed = read(output);
        if (!ended) {
            tour.destroyForcibly();
        }
        assertThat(ended).as("the tour ended in time; it printed:%n%s", printed).isTrue();
        assertThat(tour.exitValue()).as("the tour's exit code; it printed:%n%s", printed).isZero();
        assertThat(printed).contains("stock RESERVED", "status IN_PROGRESS", "tour done");
    }

    private static String read(Path output) throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
