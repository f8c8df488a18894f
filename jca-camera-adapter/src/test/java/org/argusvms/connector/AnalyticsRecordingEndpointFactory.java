package org.argusvms.connector;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import org.argusvms.connector.api.AnalyticsEventListener;
import org.argusvms.connector.api.AnalyticsEventMessage;

import java.time.Duration;

/** A stand-in message-driven bean for analytics events. */
final class AnalyticsRecordingEndpointFactory extends RecordingEndpoints<AnalyticsEventMessage> {

    AnalyticsRecordingEndpointFactory() {
        super("analytics-events");
    }

    AnalyticsEventMessage awaitEvent(Duration timeout) throws InterruptedException {
        return awaitNext(event -> true, "analytics event", timeout);
    }

    @Override
    MessageEndpoint newEndpoint() {
        return new AnalyticsEndpoint();
    }

    @Override
    public Class<?> getEndpointClass() {
        return AnalyticsEndpoint.class;
    }

    private final class AnalyticsEndpoint extends Endpoint implements AnalyticsEventListener {
        @Override
        public void onAnalyticsEvent(AnalyticsEventMessage event) {
            deliver(event, event.senderId());
        }
    }
}
