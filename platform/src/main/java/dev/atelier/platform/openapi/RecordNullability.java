package dev.atelier.platform.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code required} and nullability of a record's schema, from the code: a component that is not
 * {@link Nullable} is always sent, so it is required; a {@code @Nullable} one may be absent or
 * {@code null}, so its type also allows {@code null}. A component left out when null
 * ({@code @JsonInclude(NON_NULL)}) is optional but never null.
 */
final class RecordNullability implements ModelConverter {

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (resolved == null || type.getType() == null) {
            return resolved;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (!raw.isRecord()) {
            return resolved;
        }
        Schema model = resolved;
        if (resolved.get$ref() != null) {
            String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
            model = context.getDefinedModels().get(name);
        }
        if (model != null && model.getProperties() != null) {
            apply(raw, model);
        }
        return resolved;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static void apply(Class<?> record, Schema model) {
        Map<String, Schema> properties = model.getProperties();
        List<String> required = new ArrayList<>();
        boolean classOmitsNulls = omitsNulls(record.getAnnotation(JsonInclude.class));
        for (RecordComponent component : record.getRecordComponents()) {
            Field field = field(record, component.getName());
            String name = jsonName(component, field);
            Schema property = properties.get(name);
            if (property == null) {
                continue;
            }
            boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                    || component.isAnnotationPresent(Nullable.class);
            boolean omitsNulls = classOmitsNulls || (field != null && omitsNulls(field.getAnnotation(JsonInclude.class)));
            if (omitsNulls) {
                continue;
            }
            if (nullable) {
                properties.put(name, Schemas.nullable(property));
            }
            else {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            List<String> all = new ArrayList<>(model.getRequired() != null ? model.getRequired() : List.of());
            required.stream().filter(name -> !all.contains(name)).forEach(all::add);
            model.setRequired(all);
        }
    }

    private static boolean omitsNulls(@Nullable JsonInclude include) {
        return include != null && include.value() != JsonInclude.Include.ALWAYS && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    private static @Nullable Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        }
        catch (NoSuchFieldException ex) {
            return null;
        }
    }

    private static String jsonName(RecordComponent component, @Nullable Field field) {
        JsonProperty property = field != null ? field.getAnnotation(JsonProperty.class) : null;
        return (property != null && !property.value().isEmpty()) ? property.value() : component.getName();
    }

}
