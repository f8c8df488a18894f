package org.argusvms.events.domain.model.rule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/**
 * When a rule runs. An EVENT trigger names an event type ("generic", "analytics" or a device event type such as
 * "camera.disconnected") and optionally narrows it: {@code cameraId} (device and analytics events),
 * {@code definitionId} (the generic-event definition that matched), {@code analyticsType} and {@code sourceName}
 * (analytics events; case ignored). A TIME_PROFILE_START/END trigger names the time profile.
 */
@Embeddable
public class RuleTrigger implements Serializable {

    public static final String GENERIC = "generic";
    public static final String ANALYTICS = "analytics";

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_type", nullable = false)
    private TriggerType type;

    @Column(name = "event_type")
    private String eventType;

    @Column(name = "camera_id")
    private String cameraId;

    @Column(name = "definition_id")
    private String definitionId;

    @Column(name = "analytics_type")
    private String analyticsType;

    @Column(name = "source_name")
    private String sourceName;

    @Column(name = "time_profile_id")
    private String timeProfileId;

    protected RuleTrigger() {
    }

    private RuleTrigger(TriggerType type, String eventType, String cameraId, String definitionId, String analyticsType,
                        String sourceName, String timeProfileId) {
        this.type = type;
        this.eventType = eventType;
        this.cameraId = cameraId;
        this.definitionId = definitionId;
        this.analyticsType = analyticsType;
        this.sourceName = sourceName;
        this.timeProfileId = timeProfileId;
    }

    public static RuleTrigger onEvent(String eventType, String cameraId, String definitionId, String analyticsType,
                                      String sourceName) {
        return new RuleTrigger(TriggerType.EVENT, Objects.requireNonNull(eventType, "eventType"), cameraId,
                definitionId, analyticsType, sourceName, null);
    }

    public static RuleTrigger onTimeProfile(TriggerType type, String timeProfileId) {
        if (!type.isTimeProfile()) {
            throw new IllegalArgumentException(type + " is not a time-profile trigger");
        }
        return new RuleTrigger(type, null, null, null, null, null, Objects.requireNonNull(timeProfileId));
    }

    /** True if this is an EVENT trigger whose conditions all hold for the event. */
    public boolean matches(RuleEvent event) {
        return type == TriggerType.EVENT
                && eventType.equals(event.eventType())
                && (cameraId == null || cameraId.equals(event.cameraId()))
                && (definitionId == null || definitionId.equals(event.attribute("definitionId")))
                && (analyticsType == null || analyticsType.equalsIgnoreCase(event.attribute("analyticsType")))
                && (sourceName == null || sourceName.equalsIgnoreCase(event.attribute("sourceName")));
    }

    public TriggerType type() {
        return type;
    }

    public String eventType() {
        return eventType;
    }

    public String cameraId() {
        return cameraId;
    }

    public String definitionId() {
        return definitionId;
    }

    public String analyticsType() {
        return analyticsType;
    }

    public String sourceName() {
        return sourceName;
    }

    public String timeProfileId() {
        return timeProfileId;
    }
}
