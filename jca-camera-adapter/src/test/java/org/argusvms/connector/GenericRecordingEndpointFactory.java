package org.argusvms.connector;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import org.argusvms.connector.api.GenericEventListener;
import org.argusvms.connector.api.GenericMessage;

import java.time.Duration;
import java.util.List;

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

    /** Like a bean in one transaction: a batch with a failing message is recorded up to it and then rolled back. */
    private final class GenericEndpoint extends Endpoint implements GenericEventListener {
        @Override
        public void onGenericEvents(List<GenericMessage> messages) {
            messages.forEach(message -> deliver(message, message.text()));
        }
    }
}
