package org.argusvms.recorder.protocol.log;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogMessageTest {

    private static final Instant AT = Instant.parse("2026-11-25T20:00:00Z");

    @Test
    void anEntryTravelsAsJsonUnchanged() {
        LogMessage audit = new LogMessage(LogKind.AUDIT, LogLevel.WARNING, AT, "management", "admin", "role.create",
                "role \"Night shift\" \u00e9t\u00e9 \"quoted\"", "10.0.0.7");
        assertEquals(audit, LogMessage.fromJson(audit.toJson()));

        LogMessage rule = new LogMessage(LogKind.RULE, LogLevel.INFO, AT, "rule:Night doors", null, null, "door 7");
        assertEquals(rule, LogMessage.fromJson(rule.toJson()));
        assertFalse(rule.toJson().contains("user"), "absent fields are left out: " + rule.toJson());
    }

    @Test
    void theDocumentedExampleIsAccepted() {
        LogMessage parsed = LogMessage.fromJson("""
                {"kind":"RULE","level":"INFO","occurredAt":"2026-11-25T20:00:00Z","source":"rule:Night doors",
                 "category":"rule.triggered","message":"door 7 opened outside opening hours","futureField":1}""");
        assertEquals(LogKind.RULE, parsed.kind());
        assertEquals("rule:Night doors", parsed.source());
        assertEquals(AT, parsed.occurredAt());
    }

    @Test
    void invalidBodiesAreRefusedNamingTheFieldButNotItsContent() {
        assertRefused("not json at all secret", "JSON object");
        assertRefused("[1,2]", "JSON object");
        assertRefused("{\"kind\":\"DEBUG\",\"level\":\"INFO\",\"occurredAt\":\"2026-11-25T20:00:00Z\","
                + "\"source\":\"x\",\"message\":\"m\"}", "kind");
        assertRefused("{\"kind\":\"SYSTEM\",\"level\":\"INFO\",\"occurredAt\":\"yesterday secret\","
                + "\"source\":\"x\",\"message\":\"m\"}", "occurredAt");
        assertRefused("{\"kind\":\"SYSTEM\",\"level\":\"INFO\",\"occurredAt\":\"2026-11-25T20:00:00Z\","
                + "\"source\":\" \",\"message\":\"m\"}", "source");
        assertRefused("{\"kind\":\"SYSTEM\",\"level\":\"INFO\",\"occurredAt\":\"2026-11-25T20:00:00Z\","
                + "\"source\":\"x\"}", "message");
        assertRefused("{\"kind\":\"SYSTEM\",\"level\":\"INFO\",\"occurredAt\":\"2026-11-25T20:00:00Z\","
                + "\"source\":\"x\",\"message\":42}", "message");
        assertRefused("{\"kind\":\"SYSTEM\",\"level\":\"INFO\",\"occurredAt\":\"2026-11-25T20:00:00Z\","
                + "\"source\":\"" + "s".repeat(LogMessage.MAX_SOURCE + 1) + "\",\"message\":\"m\"}", "source");
    }

    @Test
    void anOverlongMessageIsCutNotRefused() {
        LogMessage entry = LogMessage.system(LogLevel.ERROR, AT, "event-server", null, "x".repeat(10_000));
        assertEquals(LogMessage.MAX_MESSAGE, entry.message().length());
        assertTrue(entry.message().endsWith("…"));
    }

    @Test
    void levelsCompareBySeverity() {
        assertTrue(LogLevel.ERROR.isAtLeast(LogLevel.WARNING));
        assertTrue(LogLevel.WARNING.isAtLeast(LogLevel.WARNING));
        assertFalse(LogLevel.INFO.isAtLeast(LogLevel.ERROR));
    }

    private static void assertRefused(String body, String named) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> LogMessage.fromJson(body));
        assertTrue(refused.getMessage().contains(named), refused.getMessage());
        assertFalse(refused.getMessage().contains("secret"), "no content in the error: " + refused.getMessage());
    }
}
