package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.connector.api.GenericMessage;
import org.argusvms.events.application.GenericEventIntake;
import org.argusvms.events.domain.model.alarm.TriggeringEvent;
import org.argusvms.events.domain.model.generic.GenericEvent;
import org.argusvms.events.domain.model.generic.GenericEventDefinition;
import org.argusvms.events.domain.model.generic.GenericEventDefinitionRepository;
import org.argusvms.events.domain.model.generic.GenericEventRepository;
import org.argusvms.events.infrastructure.messaging.EventPublisher;

import java.util.UUID;
import java.util.logging.Logger;

@Stateless
public class DefaultGenericEventIntake implements GenericEventIntake {

    private static final Logger LOG = Logger.getLogger(DefaultGenericEventIntake.class.getName());

    @Inject
    private GenericEventDefinitionRepository definitions;

    @Inject
    private GenericEventRepository events;

    @Inject
    private EventPublisher publisher;

    @Inject
    private GenericMessageCounters counters;

    @Inject
    private AlarmRaiser alarms;

    /** Only the resource adapter's delivery calls this; it carries no user. */
    @Override
    @PermitAll
    public int receive(GenericMessage message) {
        int matches = 0;
        for (GenericEventDefinition definition : definitions.enabled()) {
            if (definition.matches(message.text(), message.sourceAddress())) {
                GenericEvent event = new GenericEvent(UUID.randomUUID().toString(), definition,
                        message.sourceAddress(), message.transport().name(), message.text(), message.receivedAt());
                events.store(event);
                publisher.publish(GenericEventViews.toView(event));
                alarms.raiseFor(new TriggeringEvent(event.id(), GenericEventViews.EVENT_TYPE, null, event.message(),
                        event.definitionName(), event.receivedAt()));
                matches++;
            }
        }
        if (matches == 0) {
            long unmatched = counters.countUnmatched();
            LOG.fine(() -> "Generic message over " + message.transport() + " from " + message.sourceAddress()
                    + " matched no definition (" + unmatched + " unmatched so far)");
        } else {
            counters.countMatched();
        }
        return matches;
    }
}
