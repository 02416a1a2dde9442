package dev.atelier.suite;

/** A service's PostgreSQL database and the role it connects as. */
public record ServiceDatabase(String host, int port, String name, String user, String password) {

    /** The one {@code ./atelier infra up} creates for a service: database, role and password share its name. */
    public static ServiceDatabase local(String name, String host, int port) {
        return new ServiceDatabase(host, port, name, name, name);
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + name;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }
}
