package dev.atelier.customer.common;

import java.util.Map;

import dev.atelier.platform.error.ValidationFailedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.codec.DecodingException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebInputException;

/**
 * JSON Merge Patch (RFC 7396): a field in the patch replaces the current one, {@code null}
 * removes it, an absent field stays, objects merge recursively. Applied to a request record so
 * that the patched result goes through exactly the rules of a full update.
 */
@Component
public class JsonMergePatch {

    private final JsonMapper json;

    public JsonMergePatch(JsonMapper json) {
        this.json = json;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new ValidationFailedException(null, "a merge patch must be a JSON object");
        }
        JsonNode merged = merge(this.json.valueToTree(current), patch);
        try {
            return this.json.treeToValue(merged, type);
        }
        catch (JacksonException ex) {
            // Answered like an unreadable body: a 400 naming the field and the expected type.
            throw new ServerWebInputException("The merge patch has a wrongly typed value.", null,
                    new DecodingException(ex.getOriginalMessage(), ex));
        }
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = (target != null && target.isObject()) ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            }
            else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

}
