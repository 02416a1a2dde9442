package dev.atelier.platform.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * The WHERE clause of a list query built from optional filters, with its named bindings, for
 * services that write their list SQL by hand with {@code DatabaseClient}. Values are always bound,
 * never spliced into the SQL.
 */
public final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> bindings = new LinkedHashMap<>();

    /** A condition with no parameters, e.g. {@code archived_at IS NULL}. */
    public SqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition with one named parameter, e.g. {@code ("status = :status", "status", "PENDING")}. */
    public SqlConditions add(String condition, String name, Object value) {
        conditions.add(condition);
        bindings.put(name, value);
        return this;
    }

    /**
     * A condition with several named parameters, e.g. a search over columns that need different
     * patterns: {@code ("(name ILIKE :text OR phone LIKE :digits)", Map.of("text", t, "digits", d))}.
     */
    public SqlConditions add(String condition, Map<String, ?> values) {
        conditions.add(condition);
        bindings.putAll(values);
        return this;
    }

    /** {@code " WHERE a AND b"}, or nothing when no filter was given. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public GenericExecuteSpec bind(GenericExecuteSpec spec) {
        GenericExecuteSpec bound = spec;
        for (Map.Entry<String, Object> binding : bindings.entrySet()) {
            bound = bound.bind(binding.getKey(), binding.getValue());
        }
        return bound;
    }

    /**
     * {@code " ORDER BY ..."} for the sort's whitelisted fields (from {@code columns}), then
     * {@code id ASC}. This is the one tie-break rule of the whole suite: the id, unique, is always
     * the last key and always ascending, whatever the direction of the fields before it, so the
     * order is total and pages neither repeat nor skip rows when values tie. Every service's list
     * queries use this method, none builds its own. Unknown fields are skipped: the platform's
     * PageQuery ({@code @SortableBy}) has already refused them.
     */
    public static String orderBy(Sort sort, Map<String, String> columns) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = columns.get(order.getProperty());
            if (column != null) {
                orders.add(column + (order.isAscending() ? " ASC" : " DESC"));
            }
        }
        orders.add("id ASC");
        return " ORDER BY " + String.join(", ", orders);
    }
}
