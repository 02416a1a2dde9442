package dev.atelier.platform.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A list endpoint's answer: {@code {"content": [...], "page": {"size", "number",
 * "totalElements", "totalPages"}}}.
 */
public record PageResponse<T>(List<T> content, PageMetadata page) {

    public PageResponse {
        content = List.copyOf(content);
    }

    public static <T> PageResponse<T> of(List<T> content, PageQuery query, long totalElements) {
        return new PageResponse<>(content, PageMetadata.of(query.size(), query.page(), totalElements));
    }

    /** One page's rows and the count of all rows, fetched concurrently. */
    public static <T> Mono<PageResponse<T>> of(Flux<T> content, Mono<Long> totalElements, PageQuery query) {
        return Mono.zip(content.collectList(), totalElements)
            .map(pageAndTotal -> of(pageAndTotal.getT1(), query, pageAndTotal.getT2()));
    }

    public static <T> PageResponse<T> of(Page<T> page) {
        int size = page.getPageable().isPaged() ? page.getSize() : Math.max(page.getNumberOfElements(), 1);
        return new PageResponse<>(page.getContent(), PageMetadata.of(size, page.getNumber(), page.getTotalElements()));
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(this.content.stream().<R>map(mapper).toList(), this.page);
    }

}
