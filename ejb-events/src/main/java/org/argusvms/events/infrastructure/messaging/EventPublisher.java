package org.argusvms.events.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.events.application.AlarmView;
import org.argusvms.events.application.DeviceEventView;
import org.argusvms.events.application.internal.RuleTriggers;
import org.argusvms.events.domain.model.rule.RuleEvent;
import org.argusvms.json.Jsons;

import java.time.Clock;

/**
 * Publishes stored events on the {@code ArgusEvents} topic through the {@link EventOutbox}: the message is stored in
 * the caller's transaction and goes on the topic once that transaction has committed, so subscribers never see an
 * event that was rolled back, and never miss one that was stored. Message properties carry type and camera for selector-based filtering. Alarms, raised
 * or changed, travel on the same topic with event type {@value #ALARM}, so that one WebSocket subscription (and its
 * camera filter) covers both.
 */
@ApplicationScoped
public class EventPublisher {

    @Inject
    private EventOutbox outbox;

    private final Clock clock = Clock.systemUTC();

    /** Event type and source type of alarm messages. */
    public static final String ALARM = "alarm";

    /**
     * Message property: true if an enabled rule's trigger matches the event. The rule engine's durable subscription
     * selects on it, so the events no rule cares about (nearly all, at thousands a second) never enter its queue.
     */
    public static final String RULE_CANDIDATE = "ruleCandidate";

    @Inject
    private RuleTriggers ruleTriggers;

    public void publish(DeviceEventView event) {
        JsonObjectBuilder attributes = Jsons.objectBuilder();
        event.attributes().forEach(attributes::add);
        JsonObjectBuilder body = Jsons.objectBuilder()
                .add("id", event.id()).add("sourceType", event.sourceType()).add("seq", event.seq())
                .add("eventType", event.eventType()).add("occurredAt", event.occurredAt().toString())
                .add("attributes", attributes);
        if (event.recorderId() != null) {
            body.add("recorderId", event.recorderId());
        }
        if (event.cameraId() != null) {
            body.add("cameraId", event.cameraId());
        }
        boolean ruleCandidate = ruleTriggers.mayTrigger(new RuleEvent(event.id(), event.sourceType(),
                event.eventType(), event.cameraId(), event.occurredAt(), event.attributes()));
        outbox.add(new OutboxMessage(event.eventType(), event.sourceType(), event.cameraId(), ruleCandidate,
                body.build().toString(), clock.instant()));
    }

    /** The alarm without history: {@code {id, sourceType: "alarm", eventType: "alarm", occurredAt, cameraId, alarm}}. */
    public void publishAlarm(AlarmView alarm) {
        JsonObjectBuilder details = Jsons.objectBuilder().add("id", alarm.id())
                .add("definitionId", alarm.definitionId()).add("definitionName", alarm.definitionName())
                .add("eventId", alarm.eventId()).add("eventType", alarm.eventType()).add("state", alarm.state())
                .add("priority", alarm.priority()).add("raisedAt", alarm.raisedAt().toString())
                .add("version", alarm.version());
        addIfPresent(details, "cameraId", alarm.cameraId());
        addIfPresent(details, "message", alarm.message());
        addIfPresent(details, "owner", alarm.owner());
        addIfPresent(details, "category", alarm.category());
        addIfPresent(details, "instructions", alarm.instructions());
        JsonObjectBuilder body = Jsons.objectBuilder().add("id", alarm.id()).add("sourceType", ALARM)
                .add("eventType", ALARM).add("occurredAt", alarm.raisedAt().toString()).add("alarm", details);
        addIfPresent(body, "cameraId", alarm.cameraId());
        outbox.add(new OutboxMessage(ALARM, ALARM, alarm.cameraId(), null, body.build().toString(), clock.instant()));
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
