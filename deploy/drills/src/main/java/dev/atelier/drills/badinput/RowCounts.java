package dev.atelier.drills.badinput;

import dev.atelier.drills.DrillContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The number of rows of every table of the service databases, as {@code database.schema.table} → rows. */
public final class RowCounts {

    public static final List<String> DATABASES = List.of("customer_service", "inventory_service", "order_service", "media_service",
            "notification_service");

    private RowCounts() {}

    public static Map<String, Long> of(DrillContext context) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : DATABASES) {
            try (Connection connection = context.database(database); Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select table_schema, table_name from information_schema.tables"
                        + " where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')"
                        + " order by 1, 2")) {
                    while (rows.next()) {
                        tables.add(quote(rows.getString(1)) + "." + quote(rows.getString(2)));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                        rows.next();
                        counts.put(database + "." + table.replace("\"", ""), rows.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** Tables whose count differs, with after − before (a table only on one side counts from 0). */
    public static Map<String, Long> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changed = new TreeMap<>();
        TreeMap<String, Long> all = new TreeMap<>(before);
        after.forEach((table, rows) -> all.putIfAbsent(table, 0L));
        for (String table : all.keySet()) {
            long delta = after.getOrDefault(table, 0L) - before.getOrDefault(table, 0L);
            if (delta != 0) {
                changed.put(table, delta);
            }
        }
        return changed;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
