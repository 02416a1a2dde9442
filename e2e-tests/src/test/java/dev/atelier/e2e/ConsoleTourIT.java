package dev.atelier.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Atelier Studio in a real browser (Debian's Chromium, driven by playwright-core) against the
 * real suite: the README tour first puts a customer with measurements and an order in place, then
 * web-console's {@code e2e/tour.mjs} signs in on Keycloak's own page as lead and as junior, opens
 * every screen at phone and desktop size, runs axe-core on each and checks that page script can
 * read no token. On the way the lead adds a webhook to a shop system the tour runs on loopback, which
 * must receive the order's move and a test delivery, signed with the secret the console showed once. The screenshots stay in {@code target/console-screenshots}. Then Lighthouse audits Today and
 * the order list signed in on a simulated phone (median of three runs; reports in {@code target/lighthouse}):
 * accessibility and best practices at least 90, each page within its budget of API calls and DOM size,
 * and the performance score printed (timed on a shared machine, so not held to a number).
 */
@ExtendWith(SuiteExtension.class)
class ConsoleTourIT {

    private static final Path ROOT = Path.of(System.getProperty("atelier.e2e.root", ".."));

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @Test
    void designers_sign_in_see_every_screen_and_lighthouse_finds_them_accessible_and_within_budget(Suite suite) throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium (.ci/run installs it when missing)").exists();
        String seeded = run(List.of(ROOT.resolve("api-contract/node_modules/.bin/tsx").toString(), "src/tour.ts"),
                ROOT.resolve("api-contract"), suite);
        assertThat(seeded).contains("tour done");

        Path screenshots = Path.of("target", "console-screenshots").toAbsolutePath();
        String printed = run(List.of("node", "e2e/tour.mjs", suite.gatewayUrl(), screenshots.toString()),
                ROOT.resolve("web-console"), suite);

        assertThat(printed).contains("ok lead phone today", "ok junior desktop order", "ok lead desktop customer",
                "ok lead desktop webhooks", "ok lead webhook:", "all checks passed");
        assertThat(screenshots.resolve("lead-phone-order.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("junior-desktop-orders.png")).isNotEmptyFile();

        // Lighthouse on a simulated phone, signed in as the lead, on the data the tour left behind
        Path reports = Path.of("target", "lighthouse").toAbsolutePath();
        String audited = run(List.of("node", "e2e/lighthouse.mjs", suite.gatewayUrl(), reports.toString()),
                ROOT.resolve("web-console"), suite);
        assertThat(audited).contains("lighthouse today: performance", "lighthouse orders: performance",
                "accessibility and best-practices at least 90, every page within its budget");
        assertThat(reports.resolve("lighthouse-orders.html")).isNotEmptyFile();
    }

    private static String run(List<String> command, Path directory, Suite suite) throws Exception {
        Path output = Files.createTempFile("atelier-console-tour", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("ATELIER_URL", suite.gatewayUrl());
        builder.environment().put("CHROMIUM", CHROMIUM.toString());
        Process process = builder.start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("%s ended in time; it printed:%n%s", command, printed).isTrue();
        assertThat(process.exitValue()).as("%s exit code; it printed:%n%s", command, printed).isZero();
        return printed;
    }
}
