package dev.atelier.servers;

import java.util.regex.Pattern;

/** The superuser statements both kinds of {@link PostgresServer} send, built from checked names only. */
final class PostgresSql {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresSql() {}

    /** Creates the login role or, when it exists, sets its password and options (idempotent). */
    static String ensureRole(String role, String password, boolean mayCreateDatabases) {
        String name = identifier(role);
        String options = "LOGIN PASSWORD " + literal(password) + (mayCreateDatabases ? " CREATEDB" : " NOCREATEDB");
        return "DO $$ BEGIN "
                + "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + literal(name) + ") THEN "
                + "CREATE ROLE " + name + " " + options + "; "
                + "ELSE ALTER ROLE " + name + " " + options + "; END IF; END $$;";
    }

    static String countDatabases(String database) {
        return "SELECT count(*) FROM pg_database WHERE datname = " + literal(identifier(database));
    }

    static String createDatabase(String database, String owner) {
        return "CREATE DATABASE " + identifier(database) + " OWNER " + identifier(owner);
    }

    static String dropDatabase(String database) {
        return "DROP DATABASE IF EXISTS " + identifier(database) + " WITH (FORCE)";
    }

    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + name);
        }
        return name;
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
