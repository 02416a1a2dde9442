package dev.atelier.servers;

/**
 * The PostgreSQL of a local run or a test run: the machine's own cluster ({@link MachinePostgres}) or one
 * this code runs from PostgreSQL's binaries on Maven Central ({@link EmbeddedPostgres}).
 * {@link PostgresChoice} picks one; callers only create roles and databases and connect.
 */
public sealed interface PostgresServer extends LocalServer permits MachinePostgres, EmbeddedPostgres {

    /** The machine's server on 127.0.0.1:5432. */
    static PostgresServer local() {
        return new MachinePostgres(Ports.LOOPBACK, 5432);
    }

    /** Which kind this is, for status lines: "machine" or "embedded". */
    PostgresChoice.Kind kind();

    String host();

    /** True when the server accepts connections. */
    boolean isReady();

    /** Starts the server unless it runs, and waits until it is ready. */
    void ensureRunning();

    /** Creates or updates a login role with this password. */
    void ensureRole(String role, String password, boolean mayCreateDatabases);

    boolean databaseExists(String database);

    /** Creates the database owned by the role unless it exists. */
    void ensureDatabase(String database, String owner);

    /** Drops the database if it exists, closing its connections first (PostgreSQL 13+). */
    void dropDatabase(String database);

    default String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    default String r2dbcUrl(String database) {
        return "r2dbc:postgresql://" + host() + ":" + port() + "/" + database;
    }
}
