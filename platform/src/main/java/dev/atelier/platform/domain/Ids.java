package dev.atelier.platform.domain;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import java.util.UUID;

/**
 * Identifiers for new rows and events: UUID version 7 (RFC 9562), whose first 48 bits are the
 * creation time in milliseconds, followed by random bits. Successive ids grow, so a new row's key
 * goes to the last page of its primary-key index (and of every index that leads with it) instead
 * of a random page: with random ids (version 4), each insert into a table larger than the
 * database's buffer cache reads and later writes back one page per such index. An id tells when
 * its row was made, which the rows' own timestamps already tell anyone allowed to read them.
 */
public final class Ids {

    // Thread-safe; within one millisecond it counts up from the last id, so ids stay in order.
    private static final NoArgGenerator TIME_ORDERED = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    /**
     * A new id that sorts (as PostgreSQL orders {@code uuid}, byte by byte) after every id this
     * process made before, unless the system clock was set back in between.
     */
    public static UUID newId() {
        return TIME_ORDERED.generate();
    }

}
