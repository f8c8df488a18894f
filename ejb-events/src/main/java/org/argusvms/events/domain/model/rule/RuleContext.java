package org.argusvms.events.domain.model.rule;

import org.argusvms.management.domain.model.timeprofile.TimeProfileTransition;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one run of a rule knows about its trigger: the key that makes it unique ({@link RuleExecution}), the instant
 * conditions are evaluated at, and the values templates may use ({@code ${event.message}}, {@code ${rule.name}}...).
 *
 * @param eventId   the triggering event's id, or null for a time-profile transition
 * @param eventType the event's type, or {@code time-profile.start}/{@code time-profile.end}
 * @param cameraId  the camera the event concerns, or null
 */
public record RuleContext(String triggerKey, Instant triggeredAt, String eventId, String eventType, String cameraId,
                          Map<String, String> values) {

    public RuleContext {
        values = Map.copyOf(values);
    }

    public static RuleContext of(RuleEvent event) {
        Map<String, String> values = new LinkedHashMap<>();
        event.attributes().forEach((name, value) -> values.put("event." + name, value));
        values.put("event.id", event.id());
        values.put("event.type", event.eventType());
        values.put("event.source", event.sourceType());
        values.put("event.occurredAt", event.occurredAt().toString());
        if (event.cameraId() != null) {
            values.put("event.cameraId", event.cameraId());
        }
        return new RuleContext("event:" + event.id(), event.occurredAt(), event.id(), event.eventType(),
                event.cameraId(), values);
    }

    public static RuleContext of(String timeProfileId, TimeProfileTransition transition) {
        String edge = transition.becomesActive() ? "start" : "end";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("event.type", "time-profile." + edge);
        values.put("event.occurredAt", transition.at().toString());
        values.put("timeProfile.id", timeProfileId);
        return new RuleContext("profile:" + timeProfileId + ":" + edge.toUpperCase(Locale.ROOT) + ":"
                + transition.at(), transition.at(), null, "time-profile." + edge, null, values);
    }

    /** The template values plus the rule's own. */
    public Map<String, String> valuesFor(Rule rule) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("rule.name", rule.name());
        all.put("rule.id", rule.id());
        return all;
    }
}
