package org.argusvms.events.domain.model.analytics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** An analytics event as stored: the sender's header fields, and the detected objects as JSON. Immutable. */
@Entity
@Table(name = "analytics_event")
public class AnalyticsEvent {

    @Id
    private String id;

    @Column(name = "sender_event_id", nullable = false)
    private String senderEventId;

    @Column(name = "analytics_type", nullable = false)
    private String analyticsType;

    @Column(nullable = false)
    private String message;

    @Column(name = "camera_id")
    private String cameraId;

    @Column(name = "source_name")
    private String sourceName;

    private String description;

    private String location;

    private String vendor;

    /** JSON array of {name, type, confidence, box: {top, left, bottom, right}}; null when none were sent. */
    @Lob
    @Column(name = "objects")
    private String objectsJson;

    @Column(name = "source_address", nullable = false)
    private String sourceAddress;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected AnalyticsEvent() {
    }

    public AnalyticsEvent(String id, Header header, String objectsJson, String sourceAddress, Instant receivedAt) {
        this.id = id;
        this.senderEventId = header.senderEventId();
        this.analyticsType = header.analyticsType();
        this.message = header.message();
        this.cameraId = header.cameraId();
        this.sourceName = header.sourceName();
        this.description = header.description();
        this.location = header.location();
        this.vendor = header.vendor();
        this.occurredAt = header.occurredAt();
        this.objectsJson = objectsJson;
        this.sourceAddress = sourceAddress;
        this.receivedAt = receivedAt;
    }

    /** What the sender said about the event; optional fields are null. */
    public record Header(String senderEventId, String analyticsType, String message, String cameraId,
                         String sourceName, String description, String location, String vendor, Instant occurredAt) {
    }

    public String id() {
        return id;
    }

    public Header header() {
        return new Header(senderEventId, analyticsType, message, cameraId, sourceName, description, location, vendor,
                occurredAt);
    }

    public String cameraId() {
        return cameraId;
    }

    public String objectsJson() {
        return objectsJson;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
