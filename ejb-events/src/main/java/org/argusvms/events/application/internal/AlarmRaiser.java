package org.argusvms.events.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.events.domain.model.alarm.Alarm;
import org.argusvms.events.domain.model.alarm.AlarmDefinition;
import org.argusvms.events.domain.model.alarm.AlarmDefinitionRepository;
import org.argusvms.events.domain.model.alarm.AlarmRepository;
import org.argusvms.events.domain.model.alarm.TriggeringEvent;
import org.argusvms.events.infrastructure.messaging.EventPublisher;
import org.argusvms.management.application.TimeProfileService;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Raises the alarms a stored event calls for: one per matching enabled definition, stored and published in the
 * transaction that stores the event, so an event and its alarms commit or roll back together.
 */
@ApplicationScoped
public class AlarmRaiser {

    @Inject
    private AlarmDefinitionRepository definitions;

    @Inject
    private AlarmRepository alarms;

    @Inject
    private EventPublisher publisher;

    @Inject
    private Clock clock;

    @Inject
    private TimeProfileService timeProfiles;

    public List<Alarm> raiseFor(TriggeringEvent event) {
        return raiseFor(event, candidatesFor(event.eventType()));
    }

    /** The enabled definitions for events of a type, for a caller raising alarms for a batch of such events. */
    public List<AlarmDefinition> candidatesFor(String eventType) {
        return definitions.enabledFor(eventType);
    }

    /** @param candidates {@link #candidatesFor} the event's type, read once for a batch */
    public List<Alarm> raiseFor(TriggeringEvent event, List<AlarmDefinition> candidates) {
        return candidates.stream()
                .filter(definition -> definition.matches(event) && activeAt(definition, event))
                .map(definition -> raise(definition, event)).toList();
    }

    /** A definition limited to a time profile raises alarms only for events inside it; a deleted profile: never. */
    private boolean activeAt(AlarmDefinition definition, TriggeringEvent event) {
        String profileId = definition.timeProfileId();
        return profileId == null || timeProfiles.schedule(profileId)
                .map(schedule -> schedule.isActiveAt(event.occurredAt() != null ? event.occurredAt() : clock.instant()))
                .orElse(false);
    }

    /** Raises one alarm as the definition describes; the rule system passes definitions that are not stored. */
    public Alarm raise(AlarmDefinition definition, TriggeringEvent event) {
        Alarm alarm = new Alarm(UUID.randomUUID().toString(), definition, event, clock.instant());
        alarms.store(alarm);
        alarms.flush(); // assigns the version that subscribers must send back
        publisher.publishAlarm(AlarmViews.toView(alarm, definition.settings().instructions(), false));
        return alarm;
    }
}
