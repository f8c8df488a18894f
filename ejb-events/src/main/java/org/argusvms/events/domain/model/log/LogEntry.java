package org.argusvms.events.domain.model.log;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.argusvms.recorder.protocol.log.LogKind;
import org.argusvms.recorder.protocol.log.LogLevel;
import org.argusvms.recorder.protocol.log.LogMessage;

import java.time.Instant;

/** One stored system, audit or rule-triggered log entry. Never changed; removed only by retention. */
@Entity
@Table(name = "log_entry")
public class LogEntry {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LogKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "log_level", nullable = false)
    private LogLevel level;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String source;

    @Column(name = "user_name")
    private String user;

    private String category;

    @Column(nullable = false)
    private String message;

    private String origin;

    protected LogEntry() {
    }

    /** The entry a received message describes; {@code message} already enforces every length limit. */
    public LogEntry(String id, LogMessage message, Instant receivedAt) {
        this.id = id;
        this.kind = message.kind();
        this.level = message.level();
        this.occurredAt = message.occurredAt();
        this.receivedAt = receivedAt;
        this.source = message.source();
        this.user = message.user();
        this.category = message.category();
        this.message = message.message();
        this.origin = message.origin();
    }

    public String id() {
        return id;
    }

    public LogKind kind() {
        return kind;
    }

    public LogLevel level() {
        return level;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String source() {
        return source;
    }

    public String user() {
        return user;
    }

    public String category() {
        return category;
    }

    public String message() {
        return message;
    }

    public String origin() {
        return origin;
    }
}
