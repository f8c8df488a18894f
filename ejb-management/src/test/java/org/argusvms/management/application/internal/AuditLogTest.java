package org.argusvms.management.application.internal;

import org.argusvms.management.domain.model.audit.AuditEntry;
import org.argusvms.management.domain.model.audit.AuditOutcome;
import org.argusvms.recorder.protocol.log.LogKind;
import org.argusvms.recorder.protocol.log.LogLevel;
import org.argusvms.recorder.protocol.log.LogMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditLogTest {

    private static final Instant AT = Instant.parse("2026-11-25T20:00:00Z");

    @Test
    void anAuditedChangeReachesTheLogServerWithWhoWhatAndFromWhere() {
        LogMessage entry = AuditLog.toLogMessage(new AuditEntry("a-1", AT, "admin", "10.0.0.7", "role.create",
                "role 42 \"Night shift\"", AuditOutcome.SUCCESS));
        assertEquals(new LogMessage(LogKind.AUDIT, LogLevel.INFO, AT, "management", "admin", "role.create",
                "role.create role 42 \"Night shift\"", "10.0.0.7"), entry);
    }

    @Test
    void aRefusalIsAWarning() {
        LogMessage entry = AuditLog.toLogMessage(new AuditEntry("a-2", AT, "operator", null, "admin.security", null,
                AuditOutcome.DENIED));
        assertEquals(LogLevel.WARNING, entry.level());
        assertEquals("denied: admin.security", entry.message());
    }
}
