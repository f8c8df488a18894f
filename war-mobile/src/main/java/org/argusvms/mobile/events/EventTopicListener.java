package org.argusvms.mobile.events;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes every event the event server publishes on {@code ArgusEvents} and hands it to this server's WebSocket
 * subscribers. A non-durable topic subscription: each WildFly node receives every event for its own subscribers,
 * and events published while no subscriber is connected are simply not kept. No transaction: forwarding to WebSocket
 * sessions cannot be rolled back anyway, and a transaction per event was what limited the push rate (benchmark B8).
 * The body is the event server's JSON object, wrapped as it is; the filters read the message properties that the
 * publishers set on every message ({@code eventType}, {@code cameraId}), so nothing is parsed per event.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/topic/ArgusEvents"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventTopicListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(EventTopicListener.class.getName());

    @Inject
    private EventSubscribers subscribers;

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                LOG.warning(() -> "Ignoring a non-text message on ArgusEvents: " + message);
                return;
            }
            String event = text.getText();
            if (event == null || !event.startsWith("{")) {
                LOG.warning(() -> "Ignoring a message on ArgusEvents that is not a JSON object: " + message);
                return;
            }
            // type and camera travel as message properties (selectors use them): no parsing of the body per event
            String eventType = text.getStringProperty("eventType");
            subscribers.publish(eventType == null ? "" : eventType, text.getStringProperty("cameraId"),
                    "{\"type\":\"event\",\"event\":" + event + "}");
        } catch (JMSException | RuntimeException e) {
            // a broken event must not be redelivered forever; subscribers miss only this one
            LOG.log(Level.WARNING, "Could not forward an event to WebSocket subscribers", e);
        }
    }
}
