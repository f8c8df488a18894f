package org.argusvms.events.application.internal;

import org.argusvms.events.application.LogFilter;
import org.argusvms.events.domain.model.log.LogQuery;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.log.LogKind;
import org.argusvms.recorder.protocol.log.LogLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFiltersTest {

    private static final Instant T1 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-25T11:00:00Z");

    @Test
    void criteriaAreReadIgnoringCaseAndBlanksMeanAnything() {
        LogQuery query = LogFilters.parse(new LogFilter("audit", "Warning", T1, T2, " recorder:rec-1 ", "", "  "));
        assertEquals(new LogQuery(LogKind.AUDIT, LogLevel.WARNING, T1, T2, "recorder:rec-1", null, null), query);
        assertEquals(LogQuery.ALL, LogFilters.parse(new LogFilter(null, " ", null, null, null, null, null)));
    }

    @Test
    void meaninglessCriteriaAreRefusedNamingTheParameter() {
        assertRefused(new LogFilter("DEBUG", null, null, null, null, null, null), "kind");
        assertRefused(new LogFilter(null, "FATAL", null, null, null, null, null), "level");
        assertRefused(new LogFilter(null, null, T2, T1, null, null, null), "to");
        assertRefused(new LogFilter(null, null, T1, T1, null, null, null), "to");
        assertRefused(new LogFilter(null, null, null, null, null, null, "x".repeat(LogFilters.MAX_TEXT + 1)), "text");
    }

    @Test
    void anExportIsDescribedByTheCriteriaThatAreSetWithinTheAuditTargetsSize() {
        assertEquals("all entries", LogFilters.describe(LogQuery.ALL));
        assertEquals("kind=AUDIT, user=admin",
                LogFilters.describe(new LogQuery(LogKind.AUDIT, null, null, null, null, "admin", null)));
        String longest = LogFilters.describe(new LogQuery(LogKind.AUDIT, LogLevel.INFO, T1, T2, "s".repeat(200),
                "u".repeat(200), "t".repeat(200)));
        assertTrue(longest.length() <= LogFilters.MAX_DESCRIPTION, longest);
    }

    private static void assertRefused(LogFilter filter, String field) {
        ValidationException refused = assertThrows(ValidationException.class, () -> LogFilters.parse(filter));
        assertEquals(field, refused.field(), refused.getMessage());
    }
}
