package dev.atelier.customer.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;

/** The {@code ORDER BY} of this service's list queries, from a page's sort. */
public final class OrderByClause {

    private OrderByClause() {
    }

    /**
     * {@code " ORDER BY ..."} for the sort's properties, each mapped to its column by {@code columns},
     * then the id. The id breaks ties so that pages neither repeat nor skip rows; in the direction of
     * the last sort property, so that one backward scan of a (column, id) index serves the page.
     *
     * @param resource names the list in the refusal of a property that is not in {@code columns}
     */
    public static String of(Sort sort, Map<String, String> columns, String resource) {
        List<String> orders = new ArrayList<>();
        boolean lastAscending = true;
        for (Sort.Order order : sort) {
            String column = columns.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("not a sortable " + resource + " property: " + order.getProperty());
            }
            orders.add(column + (order.isAscending() ? " ASC" : " DESC"));
            lastAscending = order.isAscending();
        }
        orders.add(lastAscending ? "id ASC" : "id DESC");
        return " ORDER BY " + String.join(", ", orders);
    }
}
