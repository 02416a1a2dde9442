package dev.atelier.platform.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh, empty database of its own for one test context, on a real PostgreSQL server. */
public record PostgresDatabase(String host, int port, String database, String username, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
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
