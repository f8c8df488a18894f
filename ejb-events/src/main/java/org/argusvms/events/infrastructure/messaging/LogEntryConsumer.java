package org.argusvms.events.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.argusvms.events.application.LogIntake;
import org.argusvms.recorder.protocol.log.LogMessage;

import java.util.logging.Logger;

/**
 * The log server's intake: every component's log entries arrive on the {@code ArgusLog} queue as {@link LogMessage}
 * JSON. A message that can never be stored (not text, not a valid entry) is logged without its content and dropped,
 * so it cannot loop through redelivery; a failure to store a valid one rolls back and the broker redelivers it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = LogMessage.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class LogEntryConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(LogEntryConsumer.class.getName());

    @Inject
    private LogIntake intake;

    @Override
    public void onMessage(Message message) {
        LogMessage entry;
        try {
            if (!(message instanceof TextMessage text)) {
                throw new IllegalArgumentException("the message is not a TextMessage");
            }
            String body = text.getText();
            if (body == null) {
                throw new IllegalArgumentException("the message has no body");
            }
            entry = LogMessage.fromJson(body);
        } catch (IllegalArgumentException | JMSException e) {
            LOG.warning(() -> "Dropped an invalid log message " + messageId(message) + ": " + e.getMessage());
            return;
        }
        intake.accept(entry);
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "(no id)";
        }
    }
}
