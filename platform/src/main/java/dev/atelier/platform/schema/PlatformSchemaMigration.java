package dev.atelier.platform.schema;

import java.util.Objects;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Brings the platform's tables in the {@value #SCHEMA} schema up to date, once, when the bean is
 * created at start-up. The outbox, its relay and the idempotent consumer are created after it, so
 * nothing touches those tables before they exist.
 *
 * <p>Free of Flyway types on purpose: the beans that depend on it load in services without Flyway.
 */
public final class PlatformSchemaMigration implements InitializingBean {

    /** The PostgreSQL schema that holds the platform's tables and their own Flyway history. */
    public static final String SCHEMA = "atelier_platform";

    /** Where the platform's migration scripts are, for operators who apply them by other means. */
    public static final String LOCATION = "classpath:db/atelier-platform";

    private static final Logger log = LoggerFactory.getLogger(PlatformSchemaMigration.class);

    private final IntSupplier migrate;
    private final String target;
    private volatile int migrationsExecuted = -1;

    /**
     * @param migrate applies pending migrations and returns how many it applied
     * @param target where it migrates, for log and error messages (a JDBC URL without credentials)
     */
    public PlatformSchemaMigration(IntSupplier migrate, String target) {
        this.migrate = Objects.requireNonNull(migrate, "migrate");
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public void afterPropertiesSet() {
        ensureMigrated();
    }

    /** Migrates unless this bean already did; cheap afterwards. */
    public synchronized void ensureMigrated() {
        if (migrationsExecuted >= 0) {
            return;
        }
        int executed = migrate.getAsInt();
        migrationsExecuted = executed;
        if (executed > 0) {
            log.info("Platform schema {} at {}: applied {} migration(s)", SCHEMA, target, executed);
        } else {
            log.debug("Platform schema {} at {} is up to date", SCHEMA, target);
        }
    }

    /** Migrations this instance applied at start-up (0 when the schema was up to date), or -1 before it ran. */
    public int migrationsExecuted() {
        return migrationsExecuted;
    }
}
