package org.argusvms.events.domain.model.log;

import org.argusvms.recorder.protocol.log.LogKind;
import org.argusvms.recorder.protocol.log.LogLevel;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogSettingsTest {

    @Test
    void theLevelThresholdFiltersSystemEntriesOnly() {
        LogSettings errorsOnly = new LogSettings(new LogSettings.Values(LogLevel.ERROR, 30, 365, 90));
        assertTrue(errorsOnly.keeps(LogKind.SYSTEM, LogLevel.ERROR));
        assertFalse(errorsOnly.keeps(LogKind.SYSTEM, LogLevel.WARNING));
        assertFalse(errorsOnly.keeps(LogKind.SYSTEM, LogLevel.INFO));
        assertTrue(errorsOnly.keeps(LogKind.AUDIT, LogLevel.INFO), "the audit trail is never filtered");
        assertTrue(errorsOnly.keeps(LogKind.RULE, LogLevel.INFO), "a rule asked for it to be logged");

        errorsOnly.change(new LogSettings.Values(LogLevel.INFO, 30, 365, 90));
        assertTrue(errorsOnly.keeps(LogKind.SYSTEM, LogLevel.INFO));
    }

    @Test
    void eachKindHasItsOwnRetention() {
        LogSettings settings = new LogSettings(new LogSettings.Values(LogLevel.ERROR, 7, 400, 60));
        assertEquals(Duration.ofDays(7), settings.retention(LogKind.SYSTEM));
        assertEquals(Duration.ofDays(400), settings.retention(LogKind.AUDIT));
        assertEquals(Duration.ofDays(60), settings.retention(LogKind.RULE));
    }
}
