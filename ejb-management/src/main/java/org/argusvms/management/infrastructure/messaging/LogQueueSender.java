package org.argusvms.management.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.argusvms.recorder.protocol.log.LogMessage;

/**
 * Puts log entries on the log server's queue inside the caller's transaction: the default JMS connection factory
 * ({@code java:/JmsXA}) is XA, so an entry is queued exactly when the work it describes commits, and never for work
 * that rolled back. Callers that must log a failure whose transaction will roll back call this from a new
 * transaction (the event server's {@code SystemLog} does).
 */
@ApplicationScoped
public class LogQueueSender {

    @Inject
    private JMSContext jms;

    @Resource(lookup = LogMessage.QUEUE)
    private Queue queue;

    public void send(LogMessage entry) {
        jms.createProducer().send(queue, entry.toJson());
    }
}
