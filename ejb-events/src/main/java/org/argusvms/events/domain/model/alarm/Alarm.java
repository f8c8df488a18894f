package org.argusvms.events.domain.model.alarm;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An alarm raised by an event that matched an {@link AlarmDefinition}, and its handling by operators:
 * <pre>
 *   NEW ──take──▶ IN_PROGRESS ──hold──▶ ON_HOLD ──take──▶ IN_PROGRESS
 *   NEW ──hold──▶ ON_HOLD;   any state but CLOSED ──close (with comment)──▶ CLOSED (final)
 * </pre>
 * Taking makes the caller the owner; an alarm in progress cannot be taken by anyone (put it on hold first), so two
 * operators racing for a new alarm cannot both own it. Every step is recorded with who, when and why.
 */
@Entity
@Table(name = "alarm")
public class Alarm {

    /** The user recorded for steps nobody took: raising, automatic closing. */
    public static final String SYSTEM_USER = "system";

    private static final Set<AlarmState> TAKEABLE = EnumSet.of(AlarmState.NEW, AlarmState.ON_HOLD);
    private static final Set<AlarmState> HOLDABLE = EnumSet.of(AlarmState.NEW, AlarmState.IN_PROGRESS);

    @Id
    private String id;

    @Column(name = "definition_id", nullable = false)
    private String definitionId;

    @Column(name = "definition_name", nullable = false)
    private String definitionName;

    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "camera_id")
    private String cameraId;

    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlarmState state;

    private String owner;

    @Column(nullable = false)
    private int priority;

    private String category;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    /** When the alarm closes itself if still open; null: never. */
    @Column(name = "auto_close_at")
    private Instant autoCloseAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alarm_history", joinColumns = @JoinColumn(name = "alarm_id"))
    @OrderColumn(name = "seq_no")
    private List<AlarmTransition> history = new ArrayList<>();

    @Version
    private long version;

    protected Alarm() {
    }

    /**
     * Raises an alarm for an event. Its camera is the event's, or, for events without one, the definition's first
     * related camera, so that camera rights decide who handles it.
     */
    public Alarm(String id, AlarmDefinition definition, TriggeringEvent event, Instant raisedAt) {
        this.id = id;
        this.definitionId = definition.id();
        this.definitionName = definition.name();
        this.eventId = event.eventId();
        this.eventType = event.eventType();
        this.cameraId = event.cameraId() != null ? event.cameraId()
                : definition.relatedCameraIds().stream().findFirst().orElse(null);
        this.message = event.text() == null ? null : truncate(event.text(), 1000);
        this.state = AlarmState.NEW;
        this.priority = definition.priority();
        this.category = definition.category();
        this.raisedAt = raisedAt;
        this.autoCloseAt = definition.autoCloseMinutes() == null ? null
                : raisedAt.plus(Duration.ofMinutes(definition.autoCloseMinutes()));
        history.add(new AlarmTransition(raisedAt, SYSTEM_USER, null, AlarmState.NEW, null));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** The caller starts handling the alarm and becomes its owner. */
    public void take(String user, Instant at, String comment) {
        if (state == AlarmState.IN_PROGRESS) {
            throw new IllegalAlarmTransitionException("alarm " + id + " is already in progress, owned by " + owner);
        }
        requireState(TAKEABLE, "taken");
        owner = user;
        moveTo(AlarmState.IN_PROGRESS, user, at, comment);
    }

    /** Handling pauses; the owner stays recorded. */
    public void hold(String user, Instant at, String comment) {
        requireState(HOLDABLE, "put on hold");
        moveTo(AlarmState.ON_HOLD, user, at, comment);
    }

    /** Handling ends; the comment says how, and is required. */
    public void close(String user, Instant at, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("closing an alarm needs a comment");
        }
        requireOpen("closed");
        moveTo(AlarmState.CLOSED, user, at, comment);
    }

    /** Closes the alarm if its definition's auto-close time has passed; true if it did. */
    public boolean closeIfDue(Instant now) {
        if (state == AlarmState.CLOSED || autoCloseAt == null || now.isBefore(autoCloseAt)) {
            return false;
        }
        moveTo(AlarmState.CLOSED, SYSTEM_USER, now, "closed automatically");
        return true;
    }

    private void requireState(Set<AlarmState> allowed, String step) {
        requireOpen(step);
        if (!allowed.contains(state)) {
            throw new IllegalAlarmTransitionException("alarm " + id + " is " + state + " and cannot be " + step);
        }
    }

    private void requireOpen(String step) {
        if (state == AlarmState.CLOSED) {
            throw new IllegalAlarmTransitionException("alarm " + id + " is closed and cannot be " + step);
        }
    }

    private void moveTo(AlarmState next, String user, Instant at, String comment) {
        history.add(new AlarmTransition(at, user, state, next, comment == null || comment.isBlank() ? null
                : truncate(comment.strip(), 1000)));
        state = next;
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

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String cameraId() {
        return cameraId;
    }

    public String message() {
        return message;
    }

    public AlarmState state() {
        return state;
    }

    public String owner() {
        return owner;
    }

    public int priority() {
        return priority;
    }

    public String category() {
        return category;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant autoCloseAt() {
        return autoCloseAt;
    }

    public List<AlarmTransition> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
