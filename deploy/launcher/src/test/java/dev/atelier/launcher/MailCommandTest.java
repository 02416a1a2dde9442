package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.servers.Ports;
import dev.atelier.servers.Repository;
import dev.atelier.servers.SinkMail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./atelier mail}'s list and one mail; reading the running sink itself is MailSinkProcessTest's (local-servers). */
class MailCommandTest {

    private static final String READY = String.join("\r\n",
            "Return-Path: <shop@atelier.localhost>",
            "Received: from 127.0.0.1 (HELO [127.0.0.1]); Fri Dec 04 20:00:03 UTC 2026",
            "Date: Fri, 04 Dec 2026 20:00:00 +0000",
            "From: Atelier <shop@atelier.localhost>",
            "To: =?UTF-8?Q?Ren=C3=A9e_Martin?= <renee@example.com>",
            "Subject: =?UTF-8?Q?Votre_robe_est_pr=C3=AAte?=",
            "Message-ID: <ready-1@atelier>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"b1\"",
            "",
            "--b1",
            "Content-Type: text/html; charset=UTF-8",
            "",
            "<p>Bonjour Ren=C3=A9e</p>",
            "--b1",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Bonjour Ren=C3=A9e,",
            "votre robe est pr=C3=AAte.",
            "--b1--",
            "");

    private static final String UNDATED = String.join("\r\n", "From: shop@atelier.localhost",
            "To: a-very-long-recipient-address-indeed@example.com", "Subject: No date", "", "plain body", "");

    @TempDir
    Path root;

    @Test
    void lists_number_date_recipient_and_subject_newest_first() {
        List<String> lines = MailCommand.list(List.of(SinkMail.parse(READY, 0), SinkMail.parse(UNDATED, 1)), ZoneId.of("UTC"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("#", "date", "to", "subject");
        assertThat(lines.get(1)).matches("\\s+1  2026-12-04 20:00:00  \"?Renée Martin\"? <renee@example.com>\\s+Votre robe est prête");
        assertThat(lines.get(2)).contains("  2  (no date)", "a-very-long-recipient-address-indeed@...", "No date");
        assertThat(lines.get(3)).contains("--show N");
        assertThat(MailCommand.list(List.of(), ZoneId.of("UTC"))).singleElement().asString().startsWith("No mail yet");
    }

    @Test
    void shows_the_headers_decoded_then_the_text_part() {
        List<String> lines = MailCommand.show(SinkMail.parse(READY, 0));
        assertThat(lines).contains("Subject: Votre robe est prête", "To: Renée Martin <renee@example.com>",
                "Date: Fri, 04 Dec 2026 20:00:00 +0000", "");
        assertThat(lines.subList(lines.indexOf("") + 1, lines.size())).containsExactly("Bonjour Renée,", "votre robe est prête.");
        assertThat(lines).noneMatch(line -> line.contains("<p>"));
    }

    @Test
    void says_how_to_start_the_sink_when_it_is_not_running() throws IOException {
        Files.createDirectories(root.resolve("identity/realm"));
        Files.writeString(root.resolve(Repository.REALM_FILE), "{}");
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        List<Integer> ports = Ports.freePorts(2);
        LocalSettings settings = LocalSettings.from(Map.of("ATELIER_SMTP_PORT", String.valueOf(ports.get(0)),
                "ATELIER_MAIL_API_PORT", String.valueOf(ports.get(1))));
        LocalSuite suite = new LocalSuite(new LocalInfrastructure(new Repository(root), settings), Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtelierCli cli = new AtelierCli(List.of(new MailCommand(() -> suite)));
        assertThat(cli.run(List.of("mail"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not running", "./atelier up", String.valueOf(settings.smtpPort()));
        assertThat(cli.run(List.of("mail", "--show", "x"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
    }
}
