package dev.atelier.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class SqlConditionsTest {

    @Test
    void no_filter_means_no_where_clause() {
        assertThat(new SqlConditions().sql()).isEmpty();
    }

    @Test
    void filters_are_joined_with_and() {
        String sql = new SqlConditions().add("archived_at IS NULL").add("status = :status", "status", "PENDING").sql();
        assertThat(sql).isEqualTo(" WHERE archived_at IS NULL AND status = :status");
    }

    @Test
    void order_by_maps_whitelisted_fields_and_ends_on_the_id() {
        Sort sort = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("name"), Sort.Order.asc("secret"));
        assertThat(SqlConditions.orderBy(sort, Map.of("createdAt", "created_at", "name", "lower(name)")))
                .isEqualTo(" ORDER BY created_at DESC, lower(name) ASC, id ASC");
    }
}
