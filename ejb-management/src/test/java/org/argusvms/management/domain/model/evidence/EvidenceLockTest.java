package org.argusvms.management.domain.model.evidence;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvidenceLockTest {

    private final Instant from = Instant.parse("2026-11-25T12:00:00Z");
    private final Instant now = Instant.parse("2026-11-25T13:00:00Z");

    @Test
    void aLockKeepsItsRangeAndTheTrimmedReason() {
        EvidenceLock lock = new EvidenceLock("l-1", "cam-1", from, from.plusSeconds(30), "  case 42 ", "admin", now);

        assertEquals("case 42", lock.reason());
        assertEquals(from.plusSeconds(30), lock.to());
    }

    @Test
    void emptyBackwardsOrOverlongRangesAndBlankReasonsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> lock(from, from, "case"));
        assertThrows(IllegalArgumentException.class, () -> lock(from, from.minusSeconds(1), "case"));
        assertThrows(IllegalArgumentException.class,
                () -> lock(from, from.plus(EvidenceLock.MAX_LENGTH).plusSeconds(1), "case"));
        assertThrows(IllegalArgumentException.class, () -> lock(from, from.plusSeconds(1), " "));
    }

    private EvidenceLock lock(Instant lockFrom, Instant lockTo, String reason) {
        return new EvidenceLock("l-1", "cam-1", lockFrom, lockTo, reason, "admin", now);
    }
}
