package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.servers.LocalServer.StartOutcome;
import dev.atelier.servers.LocalServer.StopOutcome;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GreenMail as a separate process on free loopback ports: a mail sent with Jakarta Mail over SMTP
 * (no authentication) is read back through the sink's REST API, the way {@code ./atelier mail} reads it.
 */
class MailSinkProcessTest {

    @TempDir
    Path dir;

    @Test
    void receives_mail_for_any_recipient_on_loopback_and_lists_it_newest_first() throws Exception {
        List<Integer> ports = Ports.freePorts(2);
        MailSink sink = new MailSink(dir, ports.get(0), ports.get(1), ServerProcess.Mode.CHILD);
        try {
            assertThat(sink.status().up()).isFalse();
            assertThat(sink.start()).isEqualTo(StartOutcome.STARTED);
            sink.awaitReady(sink.startTimeout());
            assertThat(sink.start()).isEqualTo(StartOutcome.ALREADY_RUNNING);
            assertThat(sink.status().up()).isTrue();
            String[] arguments = ProcessHandle.of(sink.status().pid()).orElseThrow().info().arguments().orElseThrow();
            assertThat(arguments).contains("-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.api.hostname=127.0.0.1",
                    "-Dgreenmail.auth.disabled");
            assertThat(sink.mails()).isEmpty();

            Instant earlier = Instant.parse("2026-12-04T10:00:00Z");
            Instant later = Instant.parse("2026-12-04T11:30:00Z");
            send(plain(sink, "anna@example.com", "Your order is ready", "Dear Anna,\nyour dress is ready.", earlier));
            send(multipart(sink, new InternetAddress("bo@example.org", "Bo Ström", "UTF-8"), "Lieferung für Sie", "Ihr Anzug kommt heute.", later));

            var mails = sink.mails();
            assertThat(mails).hasSize(2);
            SinkMail newest = mails.getFirst();
            assertThat(newest.subject()).isEqualTo("Lieferung für Sie");
            assertThat(newest.to()).isEqualTo("\"Bo Ström\" <bo@example.org>");
            assertThat(newest.from()).isEqualTo("Atelier <shop@atelier.test>");
            assertThat(newest.sent()).contains(later);
            assertThat(newest.text()).isEqualTo("Ihr Anzug kommt heute.");
            assertThat(newest.headers()).contains("Subject: Lieferung für Sie");
            SinkMail oldest = mails.get(1);
            assertThat(oldest.subject()).isEqualTo("Your order is ready");
            assertThat(oldest.to()).isEqualTo("anna@example.com");
            assertThat(oldest.text()).isEqualTo("Dear Anna,\r\nyour dress is ready.");

            // one mail to two recipients sits in two mailboxes: listed once
            MimeMessage both = plain(sink, "anna@example.com", "Two of you", "hello both", later.plusSeconds(60));
            both.addRecipient(Message.RecipientType.TO, new InternetAddress("carl@example.net"));
            both.setHeader("Message-ID", "<both@atelier.test>");
            send(both);
            assertThat(sink.mails()).extracting(SinkMail::subject).containsExactly("Two of you", "Lieferung für Sie", "Your order is ready");

            sink.purge();
            assertThat(sink.mails()).isEmpty();
        } finally {
            assertThat(sink.stop()).isEqualTo(StopOutcome.STOPPED);
        }
        assertThat(sink.status().up()).isFalse();
        assertThatThrownBy(sink::mails).isInstanceOf(InfraException.class).hasMessageContaining("does not answer");
    }

    @Test
    void refuses_to_start_when_its_api_port_is_taken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MailSink sink = new MailSink(dir, Ports.freePort(), taken.getLocalPort(), ServerProcess.Mode.CHILD);
            assertThatThrownBy(sink::start).isInstanceOf(InfraException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort())).hasMessageContaining("ATELIER_MAIL_API_PORT");
            assertThat(sink.status().pid()).isNull();
        }
    }

    private static Session session(MailSink sink) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", sink.host());
        properties.put("mail.smtp.port", String.valueOf(sink.port()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        return Session.getInstance(properties);
    }

    private static MimeMessage plain(MailSink sink, String to, String subject, String text, Instant sent) throws Exception {
        MimeMessage message = new MimeMessage(session(sink));
        message.setFrom(new InternetAddress("shop@atelier.test", "Atelier", "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(Date.from(sent));
        return message;
    }

    private static MimeMessage multipart(MailSink sink, InternetAddress to, String subject, String text, Instant sent) throws Exception {
        // a name beyond ASCII travels encoded (RFC 2047), as every mail library sends it
        MimeMessage message = plain(sink, "nobody@example.org", subject, text, sent);
        message.setRecipient(Message.RecipientType.TO, to);
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>" + text + "</p>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", html, plain));
        return message;
    }

    private static void send(MimeMessage message) throws MessagingException {
        Transport.send(message);
    }
}
