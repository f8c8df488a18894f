package org.argusvms.events.application.internal;

import org.argusvms.events.application.LogSettingsInput;
import org.argusvms.events.domain.model.log.LogSettings;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.log.LogLevel;

import java.util.Locale;

/** Checks new log settings completely before anything is changed. */
final class LogSettingsValidator {

    private LogSettingsValidator() {
    }

    static LogSettings.Values validate(LogSettingsInput input) {
        if (input == null) {
            throw new ValidationException("body", "the request body must be a JSON object with the log settings");
        }
        return new LogSettings.Values(level(input.systemLevel()),
                days("systemRetentionDays", input.systemRetentionDays()),
                days("auditRetentionDays", input.auditRetentionDays()),
                days("ruleRetentionDays", input.ruleRetentionDays()));
    }

    private static LogLevel level(String value) {
        try {
            return LogLevel.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new ValidationException("systemLevel", "systemLevel must be one of ERROR, WARNING, INFO");
        }
    }

    private static int days(String field, Integer value) {
        if (value == null || value < LogSettings.MIN_RETENTION_DAYS || value > LogSettings.MAX_RETENTION_DAYS) {
            throw new ValidationException(field, field + " must be a number of days from "
                    + LogSettings.MIN_RETENTION_DAYS + " to " + LogSettings.MAX_RETENTION_DAYS);
        }
        return value;
    }
}
