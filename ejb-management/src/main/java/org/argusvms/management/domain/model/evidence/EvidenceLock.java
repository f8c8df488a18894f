package org.argusvms.management.domain.model.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A range of one camera's recordings kept as evidence: the camera's recorder excludes it from retention and disk-full
 * cleanup until the lock is released. The management server's copy is the record of who locked what and why; the
 * recorder's copy (same id) is what protects the files.
 */
@Entity
@Table(name = "evidence_lock")
public class EvidenceLock {

    /** The longest range one lock may cover; longer cases are several locks, each with its own reason. */
    public static final Duration MAX_LENGTH = Duration.ofDays(31);

    @Id
    private String id;

    @Column(name = "camera_id", nullable = false)
    private String cameraId;

    @Column(name = "from_time", nullable = false)
    private Instant from;

    @Column(name = "to_time", nullable = false)
    private Instant to;

    @Column(nullable = false)
    private String reason;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EvidenceLock() {
    }

    /** @throws IllegalArgumentException if the range is empty, backwards or too long, or the reason is blank */
    public EvidenceLock(String id, String cameraId, Instant from, Instant to, String reason, String createdBy,
                        Instant createdAt) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("\"to\" must be after \"from\"");
        }
        if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("an evidence lock may span at most " + MAX_LENGTH.toDays() + " days");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        this.id = Objects.requireNonNull(id);
        this.cameraId = Objects.requireNonNull(cameraId);
        this.from = from;
        this.to = to;
        this.reason = reason.strip();
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String id() {
        return id;
    }

    public String cameraId() {
        return cameraId;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
