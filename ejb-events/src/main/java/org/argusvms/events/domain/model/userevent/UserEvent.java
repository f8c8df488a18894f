package org.argusvms.events.domain.model.userevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One triggering of a user-defined event. The definition's name and cameras are copied, so the history stays readable
 * after the definition changes or is deleted. {@code (triggeredBy, idempotencyKey)} is unique: a client that repeats a
 * trigger with the same key gets this event back instead of a second one. Without a client key the event's own id is
 * the key (a NOT NULL column, because SQL Server's unique constraints admit a single NULL). Immutable once stored.
 */
@Entity
@Table(name = "user_event")
public class UserEvent {

    @Id
    private String id;

    @Column(name = "definition_id", nullable = false)
    private String definitionId;

    @Column(name = "definition_name", nullable = false)
    private String definitionName;

    /** The first related camera: the one camera-based filters and rights look at. */
    @Column(name = "camera_id")
    private String cameraId;

    @Column(name = "related_camera_ids")
    private String relatedCameraIds;

    @Column(name = "triggered_by", nullable = false)
    private String triggeredBy;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Column(name = "triggered_at", nullable = false)
    private Instant triggeredAt;

    protected UserEvent() {
    }

    /** @param idempotencyKey the client's key, or null for none */
    public UserEvent(String id, UserEventDefinition definition, String triggeredBy, String idempotencyKey,
                     Instant triggeredAt) {
        this.id = id;
        this.definitionId = definition.id();
        this.definitionName = definition.name();
        List<String> cameras = definition.relatedCameraIds();
        this.cameraId = cameras.isEmpty() ? null : cameras.get(0);
        this.relatedCameraIds = cameras.isEmpty() ? null : String.join(",", cameras);
        this.triggeredBy = triggeredBy;
        this.idempotencyKey = idempotencyKey == null ? id : idempotencyKey;
        this.triggeredAt = triggeredAt;
    }

    public String id() {
        return id;
    }

    public String definitionId() {
        return definitionId;
    }

    public String definitionName() {
        return definitionName;
    }

    public String cameraId() {
        return cameraId;
    }

    public List<String> relatedCameraIds() {
        return relatedCameraIds == null ? List.of() : Arrays.asList(relatedCameraIds.split(","));
    }

    public String triggeredBy() {
        return triggeredBy;
    }

    public Instant triggeredAt() {
        return triggeredAt;
    }
}
