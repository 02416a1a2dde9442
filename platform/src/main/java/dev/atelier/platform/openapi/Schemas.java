package dev.atelier.platform.openapi;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Hand-built schemas in OpenAPI 3.1 form ({@code type} may be a list, e.g. with {@code "null"}). */
final class Schemas {

    static final String REF = "#/components/schemas/";

    private Schemas() {
    }

    static <T> Schema<T> of(String type) {
        Schema<T> schema = new Schema<>();
        schema.specVersion(SpecVersion.V31);
        schema.setTypes(new LinkedHashSet<>(List.of(type)));
        return schema;
    }

    static Schema<Object> ref(String name) {
        Schema<Object> schema = new Schema<>();
        schema.specVersion(SpecVersion.V31);
        schema.set$ref(REF + name);
        return schema;
    }

    /** The schema also allows {@code null}: another type in 3.1, or "any of it or null" around a $ref. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    static Schema nullable(Schema schema) {
        if (schema.get$ref() != null || schema.getTypes() == null || schema.getTypes().isEmpty()) {
            Schema wrapper = new Schema<>();
            wrapper.specVersion(SpecVersion.V31);
            wrapper.setAnyOf(List.of(schema, of("null")));
            wrapper.setDescription(schema.getDescription());
            return wrapper;
        }
        Set<String> types = new LinkedHashSet<>(schema.getTypes());
        types.add("null");
        schema.setTypes(types);
        if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
            java.util.List<Object> values = new java.util.ArrayList<>(schema.getEnum());
            values.add(null);
            schema.setEnum(values);
        }
        return schema;
    }

}
