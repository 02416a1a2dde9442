package dev.atelier.platform.web;

import dev.atelier.platform.error.ValidationFailedException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Sort;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Gives controller methods a checked {@link PageQuery}, with the whitelist from
 * {@link SortableBy}. Bad parameters surface as a 400 validation problem.
 */
public final class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageQuery.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
            ServerWebExchange exchange) {
        SortableBy sortable = parameter.getParameterAnnotation(SortableBy.class);
        Set<String> fields = (sortable != null) ? Set.of(sortable.value()) : Set.of();
        return Mono.fromCallable(() -> PageQuery.from(exchange.getRequest().getQueryParams(), fields,
                defaultSort(sortable, fields)));
    }

    private static Sort defaultSort(@Nullable SortableBy sortable, Set<String> fields) {
        if (sortable == null || sortable.defaultSort().length == 0) {
            return Sort.unsorted();
        }
        try {
            return PageQuery.parse(null, null, List.of(sortable.defaultSort()), fields, Sort.unsorted()).sort();
        }
        catch (ValidationFailedException ex) {
            // The endpoint's own mistake, not the client's: a 500, not a 400.
            throw new IllegalStateException("@SortableBy defaultSort " + List.of(sortable.defaultSort())
                    + " is not within its sortable fields " + fields, ex);
        }
    }

}
