package dev.atelier.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.PostgresDatabase.AuditColumns;
import dev.atelier.platform.test.TestInfrastructure;
import org.junit.jupiter.api.Test;

/** Issue 16: a 255-character user name overflowed the varchar(100) audit columns (500 on every write). */
class AuditColumnsTest extends MediaIntegrationTest {

    @Test
    void every_audit_column_holds_a_255_character_user_name() {
        // The database this context migrated (one per purpose in the JVM).
        AuditColumns columns = TestInfrastructure.postgres("media").auditColumns(255);
        assertThat(columns.tooNarrow()).isEmpty();
        assertThat(columns.count()).as("uploaded_by, deleted_by").isGreaterThanOrEqualTo(2);
    }
}
