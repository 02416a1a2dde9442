package dev.atelier.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

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
    void a_condition_with_several_parameters_binds_each_of_them() {
        SqlConditions where = new SqlConditions().add("status = :status", "status", "PENDING")
                .add("(name ILIKE :text OR phone LIKE :phone)", Map.of("text", "%ann%", "phone", "%0207%"));
        GenericExecuteSpec spec = mock(GenericExecuteSpec.class);
        when(spec.bind(anyString(), any())).thenReturn(spec);

        where.bind(spec);

        assertThat(where.sql()).isEqualTo(" WHERE status = :status AND (name ILIKE :text OR phone LIKE :phone)");
        verify(spec).bind("status", "PENDING");
        verify(spec).bind("text", "%ann%");
        verify(spec).bind("phone", "%0207%");
    }

    @Test
    void order_by_maps_whitelisted_fields_and_ends_on_the_id() {
        Sort sort = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("name"), Sort.Order.asc("secret"));
        assertThat(SqlConditions.orderBy(sort, Map.of("createdAt", "created_at", "name", "lower(name)")))
                .isEqualTo(" ORDER BY created_at DESC, lower(name) ASC, id ASC");
    }
}
