package dev.atelier.platform.web;

import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Sort;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

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

    private static Sort defaultSort(SortableBy sortable, Set<String> fields) {
        if (sortable == null || sortable.defaultSort().length == 0) {
            return Sort.unsorted();
        }
        // Parsed like a client's sort, so a typo in the annotation fails loudly too.
        return PageQuery.parse(null, null, List.of(sortable.defaultSort()), fields, Sort.unsorted()).sort();
    }

}
