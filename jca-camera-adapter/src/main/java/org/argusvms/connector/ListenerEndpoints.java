package org.argusvms.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The message-driven beans activated for one inbound message listener interface (generic events, analytics events),
 * and delivery of one message to each of them. A bean that fails loses the message for itself only; the others still
 * get it, and the caller learns whether every bean took it (analytics senders are answered accordingly).
 *
 * @param <M> the message type of the listener interface
 */
final class ListenerEndpoints<M> {

    private static final Logger LOG = Logger.getLogger(ListenerEndpoints.class.getName());

    private final String kind;
    private final BiConsumer<MessageEndpoint, M> listenerCall;
    private final Function<M, String> source;
    /** Copy-on-write: activations change at deployment time, deliveries iterate all the time. */
    private final List<MessageEndpointFactory> factories = new CopyOnWriteArrayList<>();

    /**
     * @param kind         what the messages are, for log lines ("generic event")
     * @param listenerCall calls the listener method on an endpoint (which implements the listener interface)
     * @param source       where a message came from, for log lines
     */
    ListenerEndpoints(String kind, BiConsumer<MessageEndpoint, M> listenerCall, Function<M, String> source) {
        this.kind = kind;
        this.listenerCall = listenerCall;
        this.source = source;
    }

    void add(MessageEndpointFactory factory) {
        factories.add(factory);
    }

    void remove(MessageEndpointFactory factory) {
        factories.remove(factory);
    }

    boolean isEmpty() {
        return factories.isEmpty();
    }

    /** Calls every bean once, each in its own container-managed transaction; true if there was one and none failed. Never throws. */
    boolean deliver(M message) {
        boolean delivered = !factories.isEmpty();
        for (MessageEndpointFactory factory : factories) {
            delivered &= deliverTo(factory, message);
        }
        return delivered;
    }

    private boolean deliverTo(MessageEndpointFactory factory, M message) {
        MessageEndpoint endpoint;
        try {
            endpoint = factory.createEndpoint(null);
        } catch (ResourceException e) {
            LOG.warning(() -> kind + " from " + source.apply(message) + " not delivered to "
                    + EndpointRegistry.describe(factory) + ", which is unavailable: " + e.getMessage());
            return false;
        }
        try {
            listenerCall.accept(endpoint, message);
            return true;
        } catch (RuntimeException e) {
            // the container has already logged the bean's exception with its stack trace
            LOG.warning(() -> EndpointRegistry.describe(factory) + " failed on a " + kind + " from "
                    + source.apply(message) + ": " + e);
            LOG.log(Level.FINE, kind + " delivery failure", e);
            return false;
        } finally {
            endpoint.release();
        }
    }
}
