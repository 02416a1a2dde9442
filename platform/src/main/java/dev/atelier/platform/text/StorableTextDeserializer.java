package dev.atelier.platform.text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Jackson's own string reading, then {@link StorableText}'s check: a JSON string with NUL or an unpaired
 * surrogate fails while the body is read, so the answer is a 400 naming the field and nothing is written.
 */
final class StorableTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String value = super.deserialize(parser, context);
        String problem = StorableText.problem(value);
        if (problem != null) {
            throw DatabindException.from(parser, problem);
        }
        return value;
    }
}
