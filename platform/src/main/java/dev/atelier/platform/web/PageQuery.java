package dev.atelier.platform.web;

import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.ValidationFailedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.MultiValueMap;

/**
 * A list request's {@code ?page=&size=&sort=field,asc|desc}, checked: {@code page} from 0,
 * {@code size} from 1 (default {@value #DEFAULT_SIZE}, larger values capped at
 * {@value #MAX_SIZE}), and {@code sort} only by the fields the endpoint allows, so a client can
 * neither ask for a table scan on an unindexed column nor probe column names. Bad input fails
 * with a {@link ValidationFailedException} naming {@code page}, {@code size} or {@code sort}.
 */
public record PageQuery(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;

    public static final int MAX_SIZE = 100;

    public PageQuery {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size within 1.." + MAX_SIZE);
        }
    }

    /** Page 0 of the default size, in the given order. */
    public static PageQuery first(Sort sort) {
        return new PageQuery(0, DEFAULT_SIZE, sort);
    }

    /**
     * Reads the query parameters; {@code sortable} is the endpoint's whitelist and
     * {@code defaultSort} the order when the client names none.
     */
    public static PageQuery from(MultiValueMap<String, String> queryParams, Collection<String> sortable,
            Sort defaultSort) {
        return parse(queryParams.getFirst("page"), queryParams.getFirst("size"),
                queryParams.getOrDefault("sort", List.of()), sortable, defaultSort);
    }

    public static PageQuery parse(@Nullable String page, @Nullable String size, List<String> sort,
            Collection<String> sortable, Sort defaultSort) {
        List<FieldProblem> errors = new ArrayList<>();
        Integer pageNumber = integer(page, 0);
        if (pageNumber == null || pageNumber < 0) {
            errors.add(new FieldProblem("page", "must be a whole number from 0"));
        }
        Integer pageSize = integer(size, DEFAULT_SIZE);
        if (pageSize == null || pageSize < 1) {
            errors.add(new FieldProblem("size", "must be a whole number from 1 to " + MAX_SIZE));
        }
        Sort order = sortOrder(sort, Set.copyOf(sortable), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new PageQuery(pageNumber, Math.min(pageSize, MAX_SIZE), order.isSorted() ? order : defaultSort);
    }

    public Pageable pageable() {
        return PageRequest.of(this.page, this.size, this.sort);
    }

    /** Rows to skip, for hand-written {@code LIMIT/OFFSET} queries. */
    public long offset() {
        return (long) this.page * this.size;
    }

    private static @Nullable Integer integer(@Nullable String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.valueOf(value.trim());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    /** Each {@code sort} value is {@code field} or {@code field,asc|desc}; repeat it for more keys. */
    private static Sort sortOrder(List<String> values, Set<String> sortable, List<FieldProblem> errors) {
        List<Sort.Order> orders = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String[] parts = value.split(",", -1);
            String field = parts[0].trim();
            if (parts.length > 2) {
                errors.add(new FieldProblem("sort", "must be field,asc or field,desc, not '" + value + "'"));
                continue;
            }
            if (!sortable.contains(field)) {
                errors.add(new FieldProblem("sort", sortable.isEmpty() ? "this list cannot be sorted"
                        : "cannot sort by '" + field + "'; sortable fields: " + String.join(", ", new TreeSet<>(sortable))));
                continue;
            }
            String direction = (parts.length == 2) ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            switch (direction) {
                case "asc" -> orders.add(Sort.Order.asc(field));
                case "desc" -> orders.add(Sort.Order.desc(field));
                default -> errors.add(new FieldProblem("sort", "direction must be asc or desc, not '" + parts[1].trim() + "'"));
            }
        }
        return Sort.by(orders);
    }

}
