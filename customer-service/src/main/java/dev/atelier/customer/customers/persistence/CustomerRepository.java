package dev.atelier.customer.customers.persistence;

import dev.atelier.customer.customers.domain.Customer;
import dev.atelier.customer.customers.domain.CustomerDetails;
import dev.atelier.customer.customers.domain.CustomerFilter;
import dev.atelier.customer.customers.domain.PhoneNumber;
import dev.atelier.platform.sql.SqlConditions;
import dev.atelier.platform.web.PageQuery;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Customers in {@code customer}: inserts and versioned updates of whole rows (Spring Data's
 * template, which also stamps the audit columns), and the list: optional free-text {@code q}
 * (case-insensitive substring of name, e-mail or phone, served by the trigram indexes), optionally
 * only some ids, archived customers only on request, one page in a whitelisted order, and the total.
 */
@Repository
public class CustomerRepository {

    /** JSON property to column; the page query has already checked the property is allowed. */
    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "name", "createdAt", "created_at");

    private final R2dbcEntityTemplate template;

    public CustomerRepository(R2dbcEntityTemplate template) {
        this.template = template;
    }

    public Mono<Customer> insert(UUID id, CustomerDetails details) {
        return this.template.insert(CustomerRow.newCustomer(id, details)).map(CustomerRow::customer);
    }

    /** The stored customer, or an {@code OptimisticLockingFailureException} when its version is no longer the row's. */
    public Mono<Customer> update(Customer customer) {
        return this.template.update(CustomerRow.of(customer)).map(CustomerRow::customer);
    }

    public Mono<Customer> findById(UUID id) {
        return this.template.selectOne(Query.query(Criteria.where("id").is(id)), CustomerRow.class)
            .map(CustomerRow::customer);
    }

    public Flux<Customer> find(CustomerFilter listed, PageQuery page) {
        SqlConditions where = where(listed);
        String sql = "SELECT * FROM customer" + where.sql()
                + SqlConditions.orderBy(page.sort(), SORT_COLUMNS)
                + " LIMIT " + page.size() + " OFFSET " + page.offset();
        return where.bind(this.template.getDatabaseClient().sql(sql))
            .map((row, metadata) -> this.template.getConverter().read(CustomerRow.class, row, metadata).customer())
            .all();
    }

    public Mono<Long> count(CustomerFilter listed) {
        SqlConditions where = where(listed);
        return where.bind(this.template.getDatabaseClient().sql("SELECT count(*) FROM customer" + where.sql()))
            .map(row -> row.get(0, Long.class))
            .one();
    }

    /** Whether the customer is not archived; empty when there is no such customer. */
    public Mono<Boolean> isActive(UUID id) {
        return this.template.getDatabaseClient().sql("SELECT NOT archived FROM customer WHERE id = :id")
            .bind("id", id)
            .map(row -> row.get(0, Boolean.class))
            .one();
    }

    private static SqlConditions where(CustomerFilter listed) {
        SqlConditions where = new SqlConditions();
        if (!listed.includeArchived()) {
            where.add("NOT archived");
        }
        if (listed.ids() != null && !listed.ids().isEmpty()) {
            where.add("id = ANY(:ids)", "ids", listed.ids().toArray(UUID[]::new));
        }
        String query = listed.query();
        if (query != null && !query.isBlank()) {
            String text = "%" + escapeLike(query.strip()) + "%";
            // A number is looked for as it is stored: its digits and +, without the separators typed.
            String phone = PhoneNumber.searchFragment(query).map(digits -> "%" + escapeLike(digits) + "%").orElse(text);
            where.add("(name ILIKE :text OR email ILIKE :text OR phone ILIKE :phone)",
                    Map.of("text", text, "phone", phone));
        }
        return where;
    }

    /** {@code %}, {@code _} and {@code \} in the user's text are literal characters, not patterns. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
