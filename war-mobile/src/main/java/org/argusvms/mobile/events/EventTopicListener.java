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
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.argusvms.json.Jsons;

/**
 * Takes every event the event server publishes on {@code ArgusEvents} and hands it to this server's WebSocket
 * subscribers. A non-durable topic subscription: each WildFly node receives every event for its own subscribers,
 * and events published while no subscriber is connected are simply not kept. No transaction: forwarding to WebSocket
 * sessions cannot be rolled back anyway, and a transaction per event was what limited the push rate (benchmark B8).
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
            JsonObject event;
            try (JsonReader reader = Jsons.reader(new StringReader(text.getText()))) {
                event = reader.readObject();
            }
            String outgoing = Jsons.objectBuilder().add("type", "event").add("event", event).build().toString();
            subscribers.publish(event.getString("eventType", ""), event.getString("cameraId", null), outgoing);
        } catch (JMSException | RuntimeException e) {
            // a broken event must not be redelivered forever; subscribers miss only this one
            LOG.log(Level.WARNING, "Could not forward an event to WebSocket subscribers", e);
        }
    }
}
