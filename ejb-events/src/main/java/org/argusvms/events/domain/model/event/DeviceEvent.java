package org.argusvms.events.domain.model.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** An event reported by a recorder about itself or one of its devices. Immutable once stored. */
@Entity
@Table(name = "device_event")
public class DeviceEvent {

    @Id
    private String id;

    @Column(name = "recorder_id", nullable = false)
    private String recorderId;

    @Column(nullable = false)
    private long seq;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "camera_id")
    private String cameraId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** Event attributes as a JSON object; their keys vary by event type. */
    @Lob
    private String attributes;

    protected DeviceEvent() {
    }

    public DeviceEvent(String id, String recorderId, long seq, String eventType, String cameraId, Instant occurredAt,
                       Instant receivedAt, String attributes) {
        this.id = id;
        this.recorderId = recorderId;
        this.seq = seq;
        this.eventType = eventType;
        this.cameraId = cameraId;
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
        this.attributes = attributes;
    }

    public String id() {
        return id;
    }

    public String recorderId() {
        return recorderId;
    }

    public long seq() {
        return seq;
    }

    public String eventType() {
        return eventType;
    }

    public String cameraId() {
        return cameraId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String attributes() {
        return attributes;
    }
}
