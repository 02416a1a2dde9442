package dev.atelier.customer.customers.api;

import dev.atelier.customer.customers.domain.CustomerDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What the customer agreed to hear about their orders, per channel (opt-in: false unless said). A channel the
 * suite does not have (say {@code sms}) is refused rather than ignored like other unknown fields: a designer
 * who records it would believe the customer gets those messages.
 */
@Schema(name = "NotificationConsent", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
@JsonDeserialize(using = NotificationsJson.Reader.class)
public record NotificationsJson(
        @Schema(description = "E-mails when the order is ready, is delivered, is due, or has a balance left.") @Nullable Boolean email) {

    static NotificationsJson of(CustomerDetails details) {
        return new NotificationsJson(details.emailNotifications());
    }

    /** Reads the known channels and answers any other name as an unknown field ({@code notifications.sms}). */
    static final class Reader extends ValueDeserializer<NotificationsJson> {

        private static final List<Object> CHANNELS = List.of("email");

        @Override
        public NotificationsJson deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.START_OBJECT)) {
                return (NotificationsJson) context.handleUnexpectedToken(NotificationsJson.class, parser);
            }
            Boolean email = null;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                parser.nextToken();
                if (!name.equals("email")) {
                    throw UnrecognizedPropertyException.from(parser, NotificationsJson.class, name, CHANNELS);
                }
                try {
                    email = parser.hasToken(JsonToken.VALUE_NULL) ? null : context.readValue(parser, Boolean.class);
                } catch (JacksonException wrongType) {
                    // named as notifications.email in the problem, not just notifications
                    throw wrongType.prependPath(NotificationsJson.class, "email");
                }
            }
            return new NotificationsJson(email);
        }
    }
}
