package org.argusvms.management.domain.model.camera;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A period during which one recording server recorded a camera: {@code [from, until)}, {@code until} null while it
 * still does. The camera's recordings of that period stay on that recorder after the camera moves (docs/design/
 * move-hardware.md), so this is how clients are sent to the right recorder for an instant.
 */
@Entity
@Table(name = "recorder_placement")
public class RecorderPlacement {

    @Id
    private String id;

    @Column(name = "camera_id", nullable = false)
    private String cameraId;

    @Column(name = "recording_server_id", nullable = false)
    private String recordingServerId;

    @Column(name = "from_time", nullable = false)
    private Instant from;

    @Column(name = "until_time")
    private Instant until;

    protected RecorderPlacement() {
    }

    /** An open placement: the camera is recorded by {@code recordingServerId} from {@code from} on. */
    public RecorderPlacement(String cameraId, String recordingServerId, Instant from) {
        this.id = UUID.randomUUID().toString();
        this.cameraId = Objects.requireNonNull(cameraId, "cameraId");
        this.recordingServerId = Objects.requireNonNull(recordingServerId, "recordingServerId");
        this.from = Objects.requireNonNull(from, "from");
    }

    /** Ends the placement at {@code at}, when the camera moves on. */
    public void endAt(Instant at) {
        if (at.isBefore(from)) {
            throw new IllegalArgumentException("a placement cannot end before it began");
        }
        this.until = at;
    }

    public boolean open() {
        return until == null;
    }

    /** Whether the placement holds the instant: from inclusive, until exclusive. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(from) && (until == null || instant.isBefore(until));
    }

    /** Whether the placement shares any time with {@code [rangeFrom, rangeTo)}. */
    public boolean overlaps(Instant rangeFrom, Instant rangeTo) {
        return rangeTo.isAfter(from) && (until == null || rangeFrom.isBefore(until));
    }

    public String id() {
        return id;
    }

    public String cameraId() {
        return cameraId;
    }

    public String recordingServerId() {
        return recordingServerId;
    }

    public Instant from() {
        return from;
    }

    /** Null while the camera is still recorded there. */
    public Instant until() {
        return until;
    }
}
