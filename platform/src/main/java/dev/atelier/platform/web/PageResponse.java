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

    /**
     * One page's rows and the count of all rows, fetched concurrently. They are two statements, so a
     * row written between them could make the count disagree with the rows ("2 in all" above one
     * row); the rows win where they tell: a page that is not full is the last, so the total is the
     * rows before it plus its own, and a full page means at least that many.
     */
    public static <T> Mono<PageResponse<T>> of(Flux<T> content, Mono<Long> totalElements, PageQuery query) {
        return Mono.zip(content.collectList(), totalElements)
            .map(pageAndTotal -> of(pageAndTotal.getT1(), query,
                    consistentTotal(pageAndTotal.getT1().size(), query, pageAndTotal.getT2())));
    }

    /** The count, made to agree with what the page query saw (an empty page tells nothing: past the end, or none). */
    static long consistentTotal(int rows, PageQuery query, long counted) {
        long upToThisPage = query.offset() + rows;
        if (rows == 0) {
            return counted;
        }
        return rows < query.size() ? upToThisPage : Math.max(counted, upToThisPage);
    }

    public static <T> PageResponse<T> of(Page<T> page) {
        int size = page.getPageable().isPaged() ? page.getSize() : Math.max(page.getNumberOfElements(), 1);
        return new PageResponse<>(page.getContent(), PageMetadata.of(size, page.getNumber(), page.getTotalElements()));
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(this.content.stream().<R>map(mapper).toList(), this.page);
    }

}
