package org.argusvms.connector;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import org.argusvms.connector.api.GenericEventListener;
import org.argusvms.connector.api.GenericMessage;

import java.time.Duration;

/** A stand-in message-driven bean for generic events. */
final class GenericRecordingEndpointFactory extends RecordingEndpoints<GenericMessage> {

    GenericRecordingEndpointFactory() {
        super("generic-events");
    }

    GenericMessage awaitMessage(Duration timeout) throws InterruptedException {
        return awaitNext(message -> true, "generic event", timeout);
    }

    @Override
    MessageEndpoint newEndpoint() {
        return new GenericEndpoint();
    }

    @Override
    public Class<?> getEndpointClass() {
        return GenericEndpoint.class;
    }

    private final class GenericEndpoint extends Endpoint implements GenericEventListener {
        @Override
        public void onGenericEvent(GenericMessage message) {
            deliver(message, message.text());
        }
    }
}
