package dev.atelier.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.PostgresDatabase.AuditColumns;
import dev.atelier.platform.test.TestInfrastructure;
import org.junit.jupiter.api.Test;

/** Issue 16: a 255-character user name overflowed the varchar(100) audit columns (500 on every write). */
class AuditColumnsTest extends InventoryIntegrationTest {

    @Test
    void every_audit_column_holds_a_255_character_user_name() {
        // The database this context migrated (one per purpose in the JVM).
        AuditColumns columns = TestInfrastructure.postgres("inventory").auditColumns(255);
        assertThat(columns.tooNarrow()).isEmpty();
        assertThat(columns.count()).as("created_by, updated_by, changed_by").isGreaterThanOrEqualTo(3);
    }
}
