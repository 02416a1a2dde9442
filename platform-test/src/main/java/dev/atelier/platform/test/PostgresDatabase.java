package dev.atelier.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh, empty database of its own for one test context, on a real PostgreSQL server. */
public record PostgresDatabase(String host, int port, String database, String username, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * The {@code *_by} columns of the {@code public} schema that cannot hold a user name of
     * {@code length} characters (Keycloak allows 255), as {@code table.column}; and how many audit
     * columns there are at all, so a test can tell "none too narrow" from "none found".
     */
    public AuditColumns auditColumns(int length) {
        String audit = " FROM information_schema.columns WHERE table_schema = 'public' AND column_name LIKE '%\\_by'"
                // Flyway's own history table (installed_by) is the migrator's, not a user's.
                + " AND table_name <> 'flyway_schema_history'";
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), username, password);
             Statement statement = connection.createStatement()) {
            List<String> narrow = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name || '.' || column_name" + audit
                    + " AND character_maximum_length < " + length)) {
                while (rows.next()) {
                    narrow.add(rows.getString(1));
                }
            }
            try (ResultSet count = statement.executeQuery("SELECT count(*)" + audit)) {
                count.next();
                return new AuditColumns(count.getInt(1), narrow);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit columns of " + database, e);
        }
    }

    /** See {@link #auditColumns(int)}. */
    public record AuditColumns(int count, List<String> tooNarrow) {
    }

    /** Points Spring Data R2DBC and Flyway (which migrates over JDBC) at this database. */
    public void registerWith(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", this::r2dbcUrl);
        registry.add("spring.r2dbc.username", this::username);
        registry.add("spring.r2dbc.password", this::password);
        registry.add("spring.flyway.url", this::jdbcUrl);
        registry.add("spring.flyway.user", this::username);
        registry.add("spring.flyway.password", this::password);
    }
}
