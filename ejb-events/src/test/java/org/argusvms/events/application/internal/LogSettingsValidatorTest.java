package org.argusvms.events.application.internal;

import org.argusvms.events.application.LogSettingsInput;
import org.argusvms.events.domain.model.log.LogSettings;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.log.LogLevel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogSettingsValidatorTest {

    @Test
    void validSettingsAreAccepted() {
        assertEquals(new LogSettings.Values(LogLevel.INFO, 1, 3650, 90),
                LogSettingsValidator.validate(new LogSettingsInput("info", 1, 3650, 90)));
    }

    @Test
    void everyBadValueIsRefusedNamingItsField() {
        assertRefused(new LogSettingsInput(null, 30, 365, 90), "systemLevel");
        assertRefused(new LogSettingsInput("DEBUG", 30, 365, 90), "systemLevel");
        assertRefused(new LogSettingsInput("ERROR", 0, 365, 90), "systemRetentionDays");
        assertRefused(new LogSettingsInput("ERROR", 30, null, 90), "auditRetentionDays");
        assertRefused(new LogSettingsInput("ERROR", 30, 365, 3651), "ruleRetentionDays");
        assertRefused(null, "body");
    }

    private static void assertRefused(LogSettingsInput input, String field) {
        ValidationException refused = assertThrows(ValidationException.class, () -> LogSettingsValidator.validate(input));
        assertEquals(field, refused.field(), refused.getMessage());
    }
}
