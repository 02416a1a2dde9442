package dev.atelier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class PageResponseTest {

    private static final PageQuery FIRST_PAGE = PageQuery.first(Sort.unsorted());

    @Test
    void total_pages_round_up() {
        assertThat(PageMetadata.of(20, 0, 57)).isEqualTo(new PageMetadata(20, 0, 57, 3));
        assertThat(PageMetadata.of(20, 0, 60).totalPages()).isEqualTo(3);
        assertThat(PageMetadata.of(20, 0, 61).totalPages()).isEqualTo(4);
        assertThat(PageMetadata.of(1, 0, 1).totalPages()).isEqualTo(1);
    }

    @Test
    void empty_list_has_no_pages() {
        assertThat(PageMetadata.of(20, 0, 0).totalPages()).isZero();
    }

    @Test
    void huge_totals_do_not_overflow() {
        assertThat(PageMetadata.of(1, 0, Long.MAX_VALUE).totalPages()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void impossible_metadata_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PageMetadata.of(0, 0, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> PageMetadata.of(20, -1, 5));
    }

    @Test
    void json_is_spring_datas_stable_page_shape() {
        PageResponse<String> response = PageResponse.of(List.of("Ada", "Ines"), new PageQuery(2, 20, Sort.unsorted()), 57);
        assertThat(JsonMapper.builder().build().writeValueAsString(response)).isEqualTo(
                "{\"content\":[\"Ada\",\"Ines\"],\"page\":{\"size\":20,\"number\":2,\"totalElements\":57,\"totalPages\":3}}");
    }

    @Test
    void built_from_a_spring_data_page() {
        var page = new PageImpl<>(List.of("Ada"), PageRequest.of(1, 10), 11);
        assertThat(PageResponse.of(page)).isEqualTo(new PageResponse<>(List.of("Ada"), new PageMetadata(10, 1, 11, 2)));
    }

    @Test
    void rows_and_count_are_combined_into_one_page() {
        PageQuery twoPerPage = new PageQuery(0, 2, Sort.unsorted());
        StepVerifier.create(PageResponse.of(Flux.just("Ada", "Ines"), Mono.just(42L), twoPerPage))
            .expectNext(new PageResponse<>(List.of("Ada", "Ines"), new PageMetadata(2, 0, 42, 21)))
            .verifyComplete();
    }

    @Test
    void a_count_that_disagrees_with_the_rows_gives_way_to_them() {
        PageQuery second = new PageQuery(1, 20, Sort.unsorted());
        // a row inserted between the page query and the count: the short last page is what was seen
        assertThat(PageResponse.consistentTotal(1, FIRST_PAGE, 2)).isEqualTo(1);
        assertThat(PageResponse.consistentTotal(5, second, 30)).isEqualTo(25);
        // rows deleted in between: a full page still means at least the rows up to it
        assertThat(PageResponse.consistentTotal(20, second, 35)).isEqualTo(40);
        assertThat(PageResponse.consistentTotal(20, second, 57)).isEqualTo(57);
        // an empty page says nothing: past the end, or no rows at all
        assertThat(PageResponse.consistentTotal(0, second, 7)).isEqualTo(7);
        assertThat(PageResponse.consistentTotal(0, FIRST_PAGE, 0)).isZero();
        StepVerifier.create(PageResponse.of(Flux.just("Ada"), Mono.just(2L), FIRST_PAGE))
            .expectNext(new PageResponse<>(List.of("Ada"), new PageMetadata(20, 0, 1, 1)))
            .verifyComplete();
    }

    @Test
    void mapping_content_keeps_the_page() {
        PageResponse<Integer> lengths = PageResponse.of(List.of("Ada", "Ines"), FIRST_PAGE, 2).map(String::length);
        assertThat(lengths).isEqualTo(new PageResponse<>(List.of(3, 4), new PageMetadata(20, 0, 2, 1)));
    }

}
