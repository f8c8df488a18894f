package org.argusvms.events.application;

/** New log settings as an administrator sends them; every field is required (PUT replaces all). */
public record LogSettingsInput(String systemLevel, Integer systemRetentionDays, Integer auditRetentionDays,
                               Integer ruleRetentionDays) {
}
