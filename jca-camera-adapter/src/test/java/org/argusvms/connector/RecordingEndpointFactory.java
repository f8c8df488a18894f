package org.argusvms.connector;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import org.argusvms.connector.api.RecorderEventListener;
import org.argusvms.recorder.protocol.RecorderEvent;

import java.time.Duration;

/** A stand-in message-driven bean for recorder events. */
final class RecordingEndpointFactory extends RecordingEndpoints<RecorderEvent> {

    RecordingEndpointFactory(String name) {
        super(name);
    }

    RecorderEvent awaitEvent(Duration timeout) throws InterruptedException {
        return awaitNext(event -> true, "event", timeout);
    }

    /** Waits for the next event of {@code eventType}, skipping others. */
    RecorderEvent awaitEvent(String eventType, Duration timeout) throws InterruptedException {
        return awaitNext(event -> event.eventType().equals(eventType), eventType, timeout);
    }

    void assertNoEventWithin(Duration quietPeriod) throws InterruptedException {
        assertNothingWithin(quietPeriod);
    }

    @Override
    MessageEndpoint newEndpoint() {
        return new RecorderEndpoint();
    }

    @Override
    public Class<?> getEndpointClass() {
        return RecorderEndpoint.class;
    }

    private final class RecorderEndpoint extends Endpoint implements RecorderEventListener {
        @Override
        public void onRecorderEvent(RecorderEvent event) {
            deliver(event, event.eventType() + " seq " + event.seq());
        }
    }
}
