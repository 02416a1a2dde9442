package dev.atelier.platform.openapi;

import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.SortableBy;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * Every list's {@link PageQuery} argument, as the three plain query parameters the resolver really
 * reads ({@code page}, {@code size}, {@code sort}), in place of one object parameter that a
 * generated client would send as {@code ?page[page]=0}. The sort values come from the
 * parameter's {@link SortableBy}, so a typed client can only ask for an order the endpoint allows.
 */
final class PageQueryParameters implements GlobalOperationCustomizer {

    private static final Set<String> NAMES = Set.of("page", "size", "sort");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.getParameterType() == PageQuery.class) {
                List<Parameter> parameters = new ArrayList<>(operation.getParameters() != null ? operation.getParameters() : List.of());
                parameters.removeIf(existing -> NAMES.contains(existing.getName()));
                parameters.addAll(pageParameters(parameter.getParameterAnnotation(SortableBy.class)));
                operation.setParameters(parameters);
            }
        }
        return operation;
    }

    static List<Parameter> pageParameters(SortableBy sortable) {
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(query("page", "Zero-based page number.",
                Schemas.of("integer").format("int32").minimum(java.math.BigDecimal.ZERO)._default(0)));
        parameters.add(query("size", "Page size; larger values are capped at " + PageQuery.MAX_SIZE + ".",
                Schemas.of("integer").format("int32").minimum(java.math.BigDecimal.ONE)
                    .maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_SIZE))._default(PageQuery.DEFAULT_SIZE)));
        if (sortable != null && sortable.value().length > 0) {
            List<String> values = new ArrayList<>();
            for (String field : sortable.value()) {
                values.add(field);
                values.add(field + ",asc");
                values.add(field + ",desc");
            }
            Schema<String> item = Schemas.<String>of("string");
            item.setEnum(values);
            String order = sortable.defaultSort().length > 0 ? " Default: " + String.join("; ", sortable.defaultSort()) + "." : "";
            Parameter sort = query("sort", "Order as field,asc or field,desc; repeat for more keys." + order,
                    new ArraySchema().items(item).types(Set.of("array")));
            sort.explode(true).style(Parameter.StyleEnum.FORM);
            parameters.add(sort);
        }
        return parameters;
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).required(false).description(description).schema(schema);
    }

}
