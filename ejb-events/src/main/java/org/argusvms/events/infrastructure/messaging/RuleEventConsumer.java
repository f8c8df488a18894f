package org.argusvms.events.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.argusvms.events.application.internal.RuleEngine;
import org.argusvms.events.domain.model.rule.RuleEvent;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.argusvms.json.Jsons;

/**
 * Feeds the rule engine from the ArgusEvents topic through a durable, shared subscription: events published while
 * the engine is busy or this server restarts wait in the subscription, and in a cluster the nodes share it, so each
 * event is delivered to one of them. Only stored events (recorder, generic, analytics, user) trigger rules — not alarms
 * nor the rule system's own messages, which could otherwise loop — and only those the publisher marked as matching
 * some rule's trigger ({@link EventPublisher#RULE_CANDIDATE}): the rest never enter the subscription. Duplicates (redelivery) are harmless: each rule
 * runs once per event id ({@code RuleRunner}).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/topic/ArgusEvents"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "argus-event-server"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "argus-rule-engine"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "ruleCandidate = TRUE AND sourceType IN ('recorder', 'generic', 'analytics', 'user')")
})
public class RuleEventConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(RuleEventConsumer.class.getName());

    @Inject
    private RuleEngine engine;

    @Override
    public void onMessage(Message message) {
        RuleEvent event;
        try {
            event = parse(((TextMessage) message).getText());
        } catch (JMSException | ClassCastException | JsonException | IllegalArgumentException | NullPointerException
                 | DateTimeParseException e) {
            // a malformed message would fail every redelivery the same way
            LOG.warning(() -> "Ignoring a message on ArgusEvents that is not an event: " + e);
            return;
        }
        engine.onEvent(event);
    }

    static RuleEvent parse(String text) {
        JsonObject json;
        try (JsonReader reader = Jsons.reader(new StringReader(text))) {
            json = reader.readObject();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonObject given = json.getJsonObject("attributes");
        if (given != null) {
            given.forEach((name, value) -> attributes.put(name,
                    value instanceof JsonString string ? string.getString() : value.toString()));
        }
        JsonValue camera = json.get("cameraId");
        return new RuleEvent(json.getString("id"), json.getString("sourceType"), json.getString("eventType"),
                camera instanceof JsonString string ? string.getString() : null,
                Instant.parse(json.getString("occurredAt")), attributes);
    }
}
