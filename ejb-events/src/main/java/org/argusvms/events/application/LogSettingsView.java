package org.argusvms.events.application;

import java.io.Serializable;

/**
 * The log server's settings.
 *
 * @param systemLevel the least severe SYSTEM level stored: INFO, WARNING or ERROR
 */
public record LogSettingsView(String systemLevel, int systemRetentionDays, int auditRetentionDays,
                              int ruleRetentionDays, long version) implements Serializable {
}
