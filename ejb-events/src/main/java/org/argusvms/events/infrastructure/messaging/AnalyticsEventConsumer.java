package org.argusvms.events.infrastructure.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.argusvms.connector.api.AnalyticsEventListener;
import org.argusvms.connector.api.AnalyticsEventMessage;
import org.argusvms.events.application.AnalyticsEventIntake;
import org.jboss.ejb3.annotation.ResourceAdapter;

/**
 * Receives analytics events (XML documents, already parsed and validated by the resource adapter). Returning
 * normally commits the event and its alarms, and only then does the sender hear "OK".
 */
@MessageDriven(messageListenerInterface = AnalyticsEventListener.class)
@ResourceAdapter("argus.ear#jca-camera-adapter.rar")
public class AnalyticsEventConsumer implements AnalyticsEventListener {

    @Inject
    private AnalyticsEventIntake intake;

    @Override
    public void onAnalyticsEvent(AnalyticsEventMessage event) {
        intake.receive(event);
    }
}
