package org.argusvms.web.views;

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
import org.argusvms.json.Jsons;

/** Relays committed configuration changes to the web client's open pages (non-durable, like the API's listener). */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup",
                propertyValue = "java:/jms/topic/ArgusConfigurationChanged"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
public class ConfigurationChangeListener implements MessageListener {

    private static final System.Logger LOG = System.getLogger(ConfigurationChangeListener.class.getName());

    @Inject
    private ConfigurationChangeRelay relay;

    @Override
    public void onMessage(Message message) {
        try {
            ConfigurationAudience audience = ConfigurationAudience.parse(
                    message.getStringProperty(ConfigurationAudience.KIND_PROPERTY),
                    message.getStringProperty(ConfigurationAudience.KEY_PROPERTY));
            JsonObject change;
            try (JsonReader reader = Jsons.reader(new StringReader(((TextMessage) message).getText()))) {
                change = reader.readObject();
            }
            relay.publish(audience, Jsons.objectBuilder().add("type", "configuration-changed")
                    .add("change", change).build().toString());
        } catch (JMSException | RuntimeException e) {
            // A malformed message goes to nobody and is not redelivered forever.
            LOG.log(System.Logger.Level.WARNING, "Could not relay a configuration change", e);
        }
    }
}
