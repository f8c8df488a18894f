package org.argusvms.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import org.argusvms.connector.api.GenericEventListener;
import org.argusvms.connector.api.GenericMessage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The message-driven beans activated for generic events, and delivery of one message to each of them. Generic events
 * are not acknowledged to anyone, so a bean that fails loses the message for itself only; the others still get it.
 */
final class GenericEventEndpoints {

    private static final Logger LOG = Logger.getLogger(GenericEventEndpoints.class.getName());

    /** Copy-on-write: activations change at deployment time, deliveries iterate all the time. */
    private final List<MessageEndpointFactory> factories = new CopyOnWriteArrayList<>();

    void add(MessageEndpointFactory factory) {
        factories.add(factory);
    }

    void remove(MessageEndpointFactory factory) {
        factories.remove(factory);
    }

    boolean isEmpty() {
        return factories.isEmpty();
    }

    /** Calls every bean once, each in its own container-managed transaction; never throws. */
    void deliver(GenericMessage message) {
        for (MessageEndpointFactory factory : factories) {
            deliverTo(factory, message);
        }
    }

    private static void deliverTo(MessageEndpointFactory factory, GenericMessage message) {
        MessageEndpoint endpoint;
        try {
            endpoint = factory.createEndpoint(null);
        } catch (ResourceException e) {
            LOG.warning(() -> "Generic event from " + message.sourceAddress() + " lost for "
                    + EndpointRegistry.describe(factory) + ", which is unavailable: " + e.getMessage());
            return;
        }
        try {
            ((GenericEventListener) endpoint).onGenericEvent(message);
        } catch (RuntimeException e) {
            // the container has already logged the bean's exception with its stack trace
            LOG.warning(() -> EndpointRegistry.describe(factory) + " failed on a generic event from "
                    + message.sourceAddress() + ": " + e);
            LOG.log(Level.FINE, "generic event delivery failure", e);
        } finally {
            endpoint.release();
        }
    }
}
