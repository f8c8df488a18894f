package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.connector.api.GenericMessage;
import org.argusvms.events.application.GenericEventIntake;
import org.argusvms.events.application.SystemLog;
import org.argusvms.events.domain.model.alarm.AlarmDefinition;
import org.argusvms.events.domain.model.alarm.TriggeringEvent;
import org.argusvms.events.domain.model.generic.GenericEvent;
import org.argusvms.events.domain.model.generic.GenericEventDefinition;
import org.argusvms.events.domain.model.generic.GenericEventDefinitionRepository;
import org.argusvms.events.domain.model.generic.GenericEventRepository;
import org.argusvms.events.domain.model.generic.GenericMessageReceipt;
import org.argusvms.events.domain.model.generic.GenericMessageReceiptRepository;
import org.argusvms.events.infrastructure.messaging.EventPublisher;

import java.util.List;
import java.util.UUID;
import java.util.regex.PatternSyntaxException;
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

    @Inject
    private SystemLog systemLog;

    @Inject
    private GenericMessageReceiptRepository receipts;

    /** Only the resource adapter's delivery calls this; it carries no user. */
    @Override
    @PermitAll
    public int receiveAll(List<GenericMessage> messages) {
        // read once per batch, not once per message
        List<GenericEventDefinition> enabled = definitions.enabled();
        List<AlarmDefinition> alarmDefinitions = alarms.candidatesFor(GenericEventViews.EVENT_TYPE);
        int stored = 0;
        for (GenericMessage message : messages) {
            stored += receive(message, enabled, alarmDefinitions);
        }
        return stored;
    }

    private int receive(GenericMessage message, List<GenericEventDefinition> enabled,
                        List<AlarmDefinition> alarmDefinitions) {
        if (message.messageId() != null && receipts.exists(message.sourceAddress(), message.messageId())) {
            // a resend after a lost acknowledgement: processed already, and acknowledging it again is right
            LOG.fine(() -> "Generic message " + message.messageId() + " from " + message.sourceAddress()
                    + " was processed before; not stored again");
            return 0;
        }
        int matches = 0;
        for (GenericEventDefinition definition : enabled) {
            if (matches(definition, message)) {
                GenericEvent event = new GenericEvent(UUID.randomUUID().toString(), definition,
                        message.sourceAddress(), message.transport().name(), message.text(), message.receivedAt());
                events.store(event);
                publisher.publish(GenericEventViews.toView(event));
                alarms.raiseFor(new TriggeringEvent(event.id(), GenericEventViews.EVENT_TYPE, null, event.message(),
                        event.definitionName(), event.receivedAt()), alarmDefinitions);
                matches++;
            }
        }
        if (matches == 0) {
            long unmatched = counters.countUnmatched();
            LOG.fine(() -> "Generic message over " + message.transport() + " from " + message.sourceAddress()
                    + " matched no definition (" + unmatched + " unmatched so far)");
        } else {
            counters.countMatched();
            if (message.messageId() != null) {
                // in the events' transaction: a message is either stored with its receipt or not at all
                receipts.store(new GenericMessageReceipt(message.sourceAddress(), message.messageId(),
                        message.receivedAt()));
            }
        }
        return matches;
    }

    /**
     * A stored definition whose expression no longer compiles (edited in the database, or a newer JVM's regex rules)
     * matches nothing and is reported, instead of failing every message for every other definition.
     */
    private boolean matches(GenericEventDefinition definition, GenericMessage message) {
        try {
            return definition.matches(message.text(), message.sourceAddress());
        } catch (PatternSyntaxException e) {
            systemLog.error(SystemLog.EVENT_SERVER, "generic-event.definition-invalid", "generic event definition \""
                    + definition.name() + "\" has an invalid regular expression and matches nothing: " + e.getDescription());
            return false;
        }
    }
}
