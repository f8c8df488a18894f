package org.argusvms.mobile.events;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.argusvms.management.application.ConfigurationAudience;

import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.argusvms.json.Jsons;

/**
 * Takes every committed configuration change from {@code ArgusConfigurationChanged} and hands it to this server's
 * configuration WebSocket subscribers. A non-durable subscription, like {@link EventTopicListener}: a client that was
 * not connected reloads what it shows when it connects.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup",
                propertyValue = "java:/jms/topic/ArgusConfigurationChanged"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
public class ConfigurationTopicListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ConfigurationTopicListener.class.getName());

    @Inject
    private ConfigurationSubscribers subscribers;

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                LOG.warning(() -> "Ignoring a non-text message on ArgusConfigurationChanged: " + message);
                return;
            }
            ConfigurationAudience audience = ConfigurationAudience.parse(
                    message.getStringProperty(ConfigurationAudience.KIND_PROPERTY),
                    message.getStringProperty(ConfigurationAudience.KEY_PROPERTY));
            JsonObject change;
            try (JsonReader reader = Jsons.reader(new StringReader(text.getText()))) {
                change = reader.readObject();
            }
            subscribers.publish(audience, Jsons.objectBuilder().add("type", "configuration-changed")
                    .add("change", change).build().toString());
        } catch (JMSException | RuntimeException e) {
            // A malformed message goes to nobody (never to everybody) and is not redelivered forever.
            LOG.log(Level.WARNING, "Could not forward a configuration change to WebSocket subscribers", e);
        }
    }
}
