package dev.atelier.servers;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * One mail the local SMTP sink received, parsed from its raw MIME text with Jakarta Mail.
 *
 * @param sent its Date header, if it has one
 * @param from the From addresses, decoded
 * @param to the To recipients, decoded
 * @param text the text/plain body (of a multipart mail: its first text/plain part), or the HTML part when there is none
 * @param arrival the order it was read in (a tie breaker for mails without a date)
 */
public record SinkMail(String messageId, Optional<Instant> sent, String from, String to, String subject, List<String> headers,
        String text, String raw, int arrival) {

    private static final Session SESSION = Session.getInstance(new Properties());

    public static SinkMail parse(String raw, int arrival) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            Date date = message.getSentDate();
            List<String> headers = new ArrayList<>();
            for (var header : Collections.list(message.getAllHeaders())) {
                headers.add(header.getName() + ": " + decode(header.getValue()));
            }
            return new SinkMail(Optional.ofNullable(message.getMessageID()).orElse(""),
                    Optional.ofNullable(date).map(Date::toInstant), addresses(message.getFrom()),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    Optional.ofNullable(message.getSubject()).orElse(""), List.copyOf(headers),
                    text(message).orElse(""), raw, arrival);
        } catch (MessagingException | IOException e) {
            throw new InfraException("the mail sink holds a mail Jakarta Mail cannot read: " + e.getMessage(), e);
        }
    }

    /** The Date header, or the epoch for a mail without one (listed last). */
    Instant sortTime() {
        return sent.orElse(Instant.EPOCH);
    }

    private static String addresses(jakarta.mail.Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return String.join(", ", Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString())
                .toList());
    }

    private static String decode(String value) {
        try {
            return jakarta.mail.internet.MimeUtility.decodeText(jakarta.mail.internet.MimeUtility.unfold(value));
        } catch (java.io.UnsupportedEncodingException e) {
            return value;
        }
    }

    private static Optional<String> text(Part part) throws MessagingException, IOException {
        return first(part, "text/plain").or(() -> firstQuietly(part, "text/html"));
    }

    private static Optional<String> firstQuietly(Part part, String type) {
        try {
            return first(part, type);
        } catch (MessagingException | IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            Object content = part.getContent();
            return content instanceof String text ? Optional.of(text) : Optional.empty();
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = first(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
