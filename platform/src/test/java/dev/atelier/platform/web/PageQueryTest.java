package dev.atelier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.ValidationFailedException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class PageQueryTest {

    private static final Set<String> SORTABLE = Set.of("name", "createdAt", "deliveryDate");

    private static PageQuery parse(String page, String size, String... sort) {
        return PageQuery.parse(page, size, List.of(sort), SORTABLE, Sort.unsorted());
    }

    private static List<FieldProblem> errorsOf(String page, String size, String... sort) {
        return catchThrowableOfType(ValidationFailedException.class, () -> parse(page, size, sort)).errors();
    }

    @Test
    void defaults_are_the_first_page_of_twenty_unsorted() {
        assertThat(parse(null, null)).isEqualTo(new PageQuery(0, 20, Sort.unsorted()));
        assertThat(parse("", " ")).isEqualTo(new PageQuery(0, 20, Sort.unsorted()));
    }

    @Test
    void size_above_one_hundred_is_capped_not_rejected() {
        assertThat(parse("3", "500").size()).isEqualTo(100);
        assertThat(parse("3", "100").size()).isEqualTo(100);
        assertThat(parse("3", "1").size()).isEqualTo(1);
    }

    @Test
    void negative_page_is_rejected_naming_page() {
        assertThat(errorsOf("-1", null)).extracting(FieldProblem::field).containsExactly("page");
        assertThat(errorsOf("first", null)).extracting(FieldProblem::field).containsExactly("page");
    }

    @Test
    void zero_or_non_numeric_size_is_rejected_naming_size() {
        assertThat(errorsOf(null, "0")).extracting(FieldProblem::field).containsExactly("size");
        assertThat(errorsOf(null, "lots")).extracting(FieldProblem::field).containsExactly("size");
    }

    @Test
    void sort_by_an_allowed_field_in_either_direction() {
        assertThat(parse(null, null, "name,desc").sort()).isEqualTo(Sort.by(Sort.Order.desc("name")));
        assertThat(parse(null, null, "name,ASC").sort()).isEqualTo(Sort.by(Sort.Order.asc("name")));
    }

    @Test
    void sort_without_direction_is_ascending() {
        assertThat(parse(null, null, "createdAt").sort()).isEqualTo(Sort.by(Sort.Order.asc("createdAt")));
    }

    @Test
    void repeated_sort_parameters_keep_their_order() {
        assertThat(parse(null, null, "deliveryDate,asc", "name,desc").sort())
            .isEqualTo(Sort.by(Sort.Order.asc("deliveryDate"), Sort.Order.desc("name")));
    }

    @Test
    void sort_by_a_field_outside_the_whitelist_is_rejected_naming_sort() {
        List<FieldProblem> errors = errorsOf(null, null, "password,asc");
        assertThat(errors).extracting(FieldProblem::field).containsExactly("sort");
        assertThat(errors.get(0).message()).isEqualTo("cannot sort by 'password'; sortable fields: createdAt, deliveryDate, name");
    }

    @Test
    void bad_sort_direction_is_rejected_naming_sort() {
        List<FieldProblem> errors = errorsOf(null, null, "name,sideways");
        assertThat(errors).containsExactly(new FieldProblem("sort", "direction must be asc or desc, not 'sideways'"));
        assertThat(errorsOf(null, null, "name,asc,desc")).extracting(FieldProblem::field).containsExactly("sort");
    }

    @Test
    void list_without_sortable_fields_cannot_be_sorted() {
        List<FieldProblem> errors = catchThrowableOfType(ValidationFailedException.class,
                () -> PageQuery.parse(null, null, List.of("name"), Set.of(), Sort.unsorted())).errors();
        assertThat(errors).containsExactly(new FieldProblem("sort", "this list cannot be sorted"));
    }

    @Test
    void every_bad_parameter_is_reported_at_once() {
        assertThat(errorsOf("-2", "0", "name,up", "secret")).extracting(FieldProblem::field)
            .containsExactly("page", "size", "sort", "sort");
    }

    @Test
    void endpoint_default_sort_applies_only_when_the_client_gives_none() {
        Sort newestFirst = Sort.by(Sort.Order.desc("createdAt"));
        assertThat(PageQuery.parse(null, null, List.of(), SORTABLE, newestFirst).sort()).isEqualTo(newestFirst);
        assertThat(PageQuery.parse(null, null, List.of("name"), SORTABLE, newestFirst).sort())
            .isEqualTo(Sort.by("name"));
    }

    @Test
    void query_parameters_are_read_as_sent() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("page", "2");
        params.add("size", "50");
        params.add("sort", "name,desc");
        params.add("sort", "createdAt");
        PageQuery query = PageQuery.from(params, SORTABLE, Sort.unsorted());
        assertThat(query).isEqualTo(new PageQuery(2, 50,
                Sort.by(Sort.Order.desc("name"), Sort.Order.asc("createdAt"))));
    }

    @Test
    void pageable_and_offset_address_the_same_rows() {
        PageQuery query = parse("3", "25", "name");
        Pageable pageable = query.pageable();
        assertThat(pageable.getPageNumber()).isEqualTo(3);
        assertThat(pageable.getPageSize()).isEqualTo(25);
        assertThat(pageable.getSort()).isEqualTo(Sort.by("name"));
        assertThat(query.offset()).isEqualTo(75).isEqualTo(pageable.getOffset());
    }

}
