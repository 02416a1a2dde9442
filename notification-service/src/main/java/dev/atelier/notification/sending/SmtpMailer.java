package dev.atelier.notification.sending;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.UUID;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a composed mail over SMTP (Spring's {@link JavaMailSender}, settings in {@code spring.mail.*}).
 * Jakarta Mail blocks: the sender calls this on its worker threads, never on an event loop. The
 * Message-ID is the notification's, so a mail that is sent again after a crash between the server's
 * acceptance and the log's update carries the same id, which mail systems use to drop duplicates.
 */
@Component
public class SmtpMailer {

    /** Carries the notification's id, for support and for tests. */
    public static final String NOTIFICATION_HEADER = "X-Atelier-Notification";

    private final JavaMailSender mail;
    private final NotificationProperties.Shop shop;

    public SmtpMailer(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.shop = properties.shop();
    }

    public void send(UUID notificationId, ComposedMail composed) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(shop.email(), shop.name());
            helper.setTo(new jakarta.mail.internet.InternetAddress(composed.to(), composed.toName(), "UTF-8"));
            helper.setSubject(composed.subject());
            helper.setText(composed.text(), composed.html());
            message.setHeader("Content-Language", composed.language());
            message.setHeader(NOTIFICATION_HEADER, notificationId.toString());
            message.setHeader("Message-ID", "<" + notificationId + "@notification.atelier>");
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new UnsendableMailException(e);
        }
        mail.send(message);
    }

    /** The mail cannot be written (a broken address, say): sending it again will not help. */
    public static class UnsendableMailException extends RuntimeException {

        UnsendableMailException(Exception cause) {
            super("The mail cannot be written: " + cause.getMessage(), cause);
        }
    }
}
