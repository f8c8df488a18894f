package org.argusvms.events.domain.model.log;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.argusvms.recorder.protocol.log.LogKind;
import org.argusvms.recorder.protocol.log.LogLevel;

import java.time.Duration;

/**
 * How much the log server keeps: the least severe SYSTEM level it stores, and for how many days it keeps each kind.
 * One row, created by the log schema's first migration with the defaults (errors only; 30, 365 and 90 days).
 */
@Entity
@Table(name = "log_settings")
public class LogSettings {

    public static final String ID = "default";
    public static final int MIN_RETENTION_DAYS = 1;
    public static final int MAX_RETENTION_DAYS = 3650;

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "system_level", nullable = false)
    private LogLevel systemLevel;

    @Column(name = "system_retention_days", nullable = false)
    private int systemRetentionDays;

    @Column(name = "audit_retention_days", nullable = false)
    private int auditRetentionDays;

    @Column(name = "rule_retention_days", nullable = false)
    private int ruleRetentionDays;

    @Version
    private long version;

    protected LogSettings() {
    }

    /** Every setting, already validated. */
    public record Values(LogLevel systemLevel, int systemRetentionDays, int auditRetentionDays, int ruleRetentionDays) {
    }

    public LogSettings(Values values) {
        this.id = ID;
        change(values);
    }

    public final void change(Values values) {
        this.systemLevel = values.systemLevel();
        this.systemRetentionDays = values.systemRetentionDays();
        this.auditRetentionDays = values.auditRetentionDays();
        this.ruleRetentionDays = values.ruleRetentionDays();
    }

    /** Audit and rule entries are always kept; system entries from the threshold up. */
    public boolean keeps(LogKind kind, LogLevel level) {
        return kind != LogKind.SYSTEM || level.isAtLeast(systemLevel);
    }

    public Duration retention(LogKind kind) {
        return Duration.ofDays(switch (kind) {
            case SYSTEM -> systemRetentionDays;
            case AUDIT -> auditRetentionDays;
            case RULE -> ruleRetentionDays;
        });
    }

    public Values values() {
        return new Values(systemLevel, systemRetentionDays, auditRetentionDays, ruleRetentionDays);
    }

    public long version() {
        return version;
    }
}
