package dev.atelier.platform.web;

import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.ValidationFailedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import org.springframework.core.codec.DecodingException;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396) over a request record: a field in the patch replaces the current
 * one, {@code null} removes it, an absent field stays, objects merge, arrays are replaced whole.
 * The merged request then passes the same bean validation as a PUT body.
 */
public class JsonMergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final JsonMapper json;
    private final Validator validator;

    public JsonMergePatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new ValidationFailedException("body", "a merge patch must be a JSON object");
        }
        T merged;
        try {
            merged = json.treeToValue(merge(json.valueToTree(current), patch), type);
        } catch (JacksonException e) {
            // Answered like an unreadable body: 400 malformed-request naming the field.
            throw new ServerWebInputException("The merge patch has a wrongly typed value.", null,
                    new DecodingException(e.getOriginalMessage(), e));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::field))
                    .toList());
        }
        return merged;
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
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
