package dev.atelier.customer.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class OrderByClauseTest {

    private static final Map<String, String> COLUMNS = Map.of("name", "name", "createdAt", "created_at");

    @Test
    void the_id_breaks_ties_in_the_direction_of_the_last_sort_property() {
        assertThat(OrderByClause.of(Sort.by(Sort.Order.asc("name"), Sort.Order.desc("createdAt")), COLUMNS, "customer"))
            .isEqualTo(" ORDER BY name ASC, created_at DESC, id DESC");
        assertThat(OrderByClause.of(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("name")), COLUMNS, "customer"))
            .isEqualTo(" ORDER BY created_at DESC, name ASC, id ASC");
    }

    @Test
    void unsorted_is_by_id_ascending() {
        assertThat(OrderByClause.of(Sort.unsorted(), COLUMNS, "customer")).isEqualTo(" ORDER BY id ASC");
    }

    @Test
    void a_property_without_a_column_is_refused_naming_the_list() {
        assertThatThrownBy(() -> OrderByClause.of(Sort.by("phone"), COLUMNS, "customer"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("not a sortable customer property: phone");
    }
}
