package org.argusvms.events.domain.model.alarm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What raises an alarm: events of one type ({@code sourceEventType}: "generic", "analytics" or a device event type),
 * narrowed by optional conditions that must all hold. Text and definition-name conditions ignore case; the text
 * condition is "contains".
 */
@Entity
@Table(name = "alarm_definition")
public class AlarmDefinition {

    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 10;

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "source_event_type", nullable = false)
    private String sourceEventType;

    @Column(name = "match_text")
    private String matchText;

    /** The generic-event definition's name, or the analytics event's type. */
    @Column(name = "match_definition_name")
    private String matchDefinitionName;

    @Column(name = "match_camera_id")
    private String matchCameraId;

    @Column(nullable = false)
    private int priority;

    private String category;

    /** Comma-separated camera ids; read and written whole. */
    @Column(name = "related_camera_ids")
    private String relatedCameraIds;

    private String instructions;

    @Column(name = "auto_close_minutes")
    private Integer autoCloseMinutes;

    /** Null: active at all times; otherwise events raise alarms only while this time profile is active. */
    @Column(name = "time_profile_id")
    private String timeProfileId;

    @Version
    private long version;

    protected AlarmDefinition() {
    }

    public AlarmDefinition(String id, Settings settings) {
        this.id = id;
        change(settings);
    }

    /**
     * Everything but the identity, already validated.
     *
     * @param autoCloseMinutes null: the alarm stays open until an operator closes it
     * @param timeProfileId    null: active at all times
     */
    public record Settings(String name, boolean enabled, String sourceEventType, String matchText,
                           String matchDefinitionName, String matchCameraId, int priority, String category,
                           List<String> relatedCameraIds, String instructions, Integer autoCloseMinutes,
                           String timeProfileId) {
    }

    /** Replaces every setting (PUT semantics). */
    public final void change(Settings settings) {
        this.name = settings.name();
        this.enabled = settings.enabled();
        this.sourceEventType = settings.sourceEventType();
        this.matchText = settings.matchText();
        this.matchDefinitionName = settings.matchDefinitionName();
        this.matchCameraId = settings.matchCameraId();
        this.priority = settings.priority();
        this.category = settings.category();
        this.relatedCameraIds = settings.relatedCameraIds().isEmpty() ? null
                : String.join(",", settings.relatedCameraIds());
        this.instructions = settings.instructions();
        this.autoCloseMinutes = settings.autoCloseMinutes();
        this.timeProfileId = settings.timeProfileId();
    }

    /** True if this enabled definition wants an alarm for the event. */
    public boolean matches(TriggeringEvent event) {
        return enabled
                && sourceEventType.equals(event.eventType())
                && (matchText == null || containsIgnoringCase(event.text(), matchText))
                && (matchDefinitionName == null || matchDefinitionName.equalsIgnoreCase(event.definitionName()))
                && (matchCameraId == null || matchCameraId.equals(event.cameraId()));
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    public Settings settings() {
        return new Settings(name, enabled, sourceEventType, matchText, matchDefinitionName, matchCameraId, priority,
                category, relatedCameraIds(), instructions, autoCloseMinutes, timeProfileId);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String sourceEventType() {
        return sourceEventType;
    }

    public int priority() {
        return priority;
    }

    public String category() {
        return category;
    }

    public List<String> relatedCameraIds() {
        return relatedCameraIds == null ? List.of() : Arrays.asList(relatedCameraIds.split(","));
    }

    public Integer autoCloseMinutes() {
        return autoCloseMinutes;
    }

    public String timeProfileId() {
        return timeProfileId;
    }

    public long version() {
        return version;
    }
}
