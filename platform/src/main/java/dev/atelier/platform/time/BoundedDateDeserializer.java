package dev.atelier.platform.time;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Jackson's own reading of a date or time, then {@link DateBounds}: a value outside the years fails
 * while the body is read, so the answer is a 400 naming the field and nothing is written.
 */
final class BoundedDateDeserializer extends DelegatingDeserializer {

    BoundedDateDeserializer(ValueDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
        return new BoundedDateDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        Object value = super.deserialize(parser, context);
        if (!DateBounds.contains(value)) {
            throw DatabindException.from(parser, DateBounds.MESSAGE, new DateOutOfBoundsException(""));
        }
        return value;
    }
}
