package org.argusvms.web.alarms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import org.argusvms.json.Jsons;

/**
 * Relays raised and changed alarms from {@code ArgusEvents} to the open alarms pages of this node. Non-durable and
 * only alarm messages (the selector): a page that was not connected reloads its list when it connects.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/topic/ArgusEvents"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'alarm'")
})
public class AlarmChangeListener implements MessageListener {

    private static final System.Logger LOG = System.getLogger(AlarmChangeListener.class.getName());

    @Inject
    private AlarmChangeRelay relay;

    @Override
    public void onMessage(Message message) {
        try {
            JsonObject event;
            try (JsonReader reader = Jsons.reader(new StringReader(((TextMessage) message).getText()))) {
                event = reader.readObject();
            }
            relay.publish(event.getString("cameraId", null), AlarmNotice.of(event));
        } catch (JMSException | RuntimeException e) {
            // A malformed message reaches nobody and is not redelivered forever.
            LOG.log(System.Logger.Level.WARNING, "Could not relay an alarm change", e);
        }
    }
}
