package dev.atelier.notification.sending;

/** A message ready to send: rendered in {@code language} from the templates. */
public record ComposedMail(String to, String toName, String subject, String text, String html, String language) {
}
