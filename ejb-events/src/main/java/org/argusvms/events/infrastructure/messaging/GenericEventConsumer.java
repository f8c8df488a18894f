package org.argusvms.events.infrastructure.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.argusvms.connector.api.GenericEventListener;
import org.argusvms.connector.api.GenericMessage;
import org.argusvms.events.application.GenericEventIntake;
import org.jboss.ejb3.annotation.ResourceAdapter;

import java.util.List;

/**
 * Receives generic events (text from external systems over TCP/UDP) through the resource adapter, which owns the
 * sockets. Matching, storage and publication of a batch happen in this bean's transaction.
 */
@MessageDriven(messageListenerInterface = GenericEventListener.class)
@ResourceAdapter("argus.ear#jca-camera-adapter.rar")
public class GenericEventConsumer implements GenericEventListener {

    @Inject
    private GenericEventIntake intake;

    @Override
    public void onGenericEvents(List<GenericMessage> messages) {
        intake.receiveAll(messages);
    }
}
