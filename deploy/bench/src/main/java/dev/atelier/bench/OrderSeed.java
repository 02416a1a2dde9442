package dev.atelier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code ./atelier bench seed}: order-service's own seed script ({@code order-service/bench/seed-orders.sql},
 * see docs/order-list-performance.md) run over JDBC against the local {@code order_service} database,
 * with every seeded order marked {@code created_by = 'bench-seed'} so {@code ./atelier bench unseed}
 * removes exactly those (their items go with them: ON DELETE CASCADE).
 */
public final class OrderSeed {

    public static final String SCRIPT = "order-service/bench/seed-orders.sql";
    public static final String MARKER = "bench-seed";

    /** Where the script's items insert ends its FROM: the marker's WHERE goes before it. */
    private static final String ITEMS_ORDER = "ORDER BY o.created_at, p";
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public OrderSeed(String host, int port, String database, String user, String password) {
        this.jdbcUrl = "jdbc:postgresql://" + host + ":" + port + "/" + database;
        this.user = user;
        this.password = password;
    }

    /**
     * The script's statements for {@code orders} orders: psql's meta-commands and the comments
     * dropped, {@code :orders} bound, the author {@code 'lead'} replaced by the marker, and the
     * transaction left to JDBC (BEGIN/COMMIT dropped). The items go to the marked orders only (the
     * script was written for an empty table; the live one has orders with items). VACUUM statements
     * come last, outside the transaction.
     */
    public static List<String> statements(String script, long orders) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("\\") || trimmed.startsWith("--")) {
                continue;
            }
            sql.append(line).append('\n');
        }
        String bound = sql.toString().replace(":orders", Long.toString(orders)).replace("'lead'", "'" + MARKER + "'");
        List<String> statements = new ArrayList<>();
        boolean itemsMarked = false;
        for (String statement : STATEMENT_END.split(bound)) {
            String s = statement.strip();
            if (s.startsWith("INSERT INTO order_item") && s.contains(ITEMS_ORDER)) {
                s = s.replace(ITEMS_ORDER, "WHERE o.created_by = '" + MARKER + "'\n" + ITEMS_ORDER);
                itemsMarked = true;
            }
            if (!s.isEmpty() && !s.equalsIgnoreCase("BEGIN") && !s.equalsIgnoreCase("COMMIT")) {
                statements.add(s);
            }
        }
        if (!itemsMarked || statements.stream().noneMatch(s -> s.contains("generate_series(1, " + orders + ")"))
                || statements.stream().noneMatch(s -> s.contains("'" + MARKER + "'"))) {
            throw new IllegalStateException(SCRIPT + " changed shape: no generate_series(1, :orders), no 'lead' author to mark"
                    + " or no items insert ordered by " + ITEMS_ORDER);
        }
        return statements;
    }

    /** The statement that removes what {@link #seed} added. */
    public static String deleteStatement() {
        return "DELETE FROM customer_order WHERE created_by = '" + MARKER + "'";
    }

    public static String countStatement() {
        return "SELECT count(*) FROM customer_order WHERE created_by = '" + MARKER + "'";
    }

    public long seeded() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(countStatement())) {
            result.next();
            return result.getLong(1);
        }
    }

    public long total() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM customer_order")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Runs the script's inserts in one transaction, then its VACUUMs; refuses a second seed on top of one. */
    public void seed(Path repositoryRoot, long orders) throws SQLException, IOException {
        long already = seeded();
        if (already > 0) {
            throw new IOException(String.format(java.util.Locale.ROOT,
                    "%,d seeded orders are there already: ./atelier bench unseed first to seed again", already));
        }
        List<String> statements = statements(Files.readString(repositoryRoot.resolve(SCRIPT)), orders);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String sql : statements.stream().filter(s -> !isVacuum(s)).toList()) {
                statement.execute(sql);
            }
            connection.commit();
            connection.setAutoCommit(true);
            for (String sql : statements.stream().filter(OrderSeed::isVacuum).toList()) {
                statement.execute(sql);
            }
        }
    }

    /** Deletes the marked orders; returns how many went. */
    public long unseed() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            long deleted = statement.executeLargeUpdate(deleteStatement());
            statement.execute("VACUUM ANALYZE customer_order");
            statement.execute("VACUUM ANALYZE order_item");
            return deleted;
        }
    }

    static boolean isVacuum(String sql) {
        return sql.regionMatches(true, 0, "VACUUM", 0, 6);
    }

    /** A connection of the order_service role (the saga watch reads the orders' stock status with it). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
