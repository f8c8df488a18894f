package org.argusvms.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import org.argusvms.connector.api.RecorderEventListener;
import org.argusvms.recorder.protocol.RecorderEvent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The message endpoints (message-driven beans) currently activated on the adapter, and delivery of one event to
 * every one of them that wants it.
 */
final class EndpointRegistry {

    private record Activation(MessageEndpointFactory factory, RecorderActivationSpec spec) {
    }

    /** Copy-on-write: activations change at deployment time, deliveries iterate all the time. */
    private final List<Activation> activations = new CopyOnWriteArrayList<>();

    void add(MessageEndpointFactory factory, RecorderActivationSpec spec) {
        activations.add(new Activation(factory, spec));
    }

    void remove(MessageEndpointFactory factory, RecorderActivationSpec spec) {
        activations.remove(new Activation(factory, spec));
    }

    boolean isEmpty() {
        return activations.isEmpty();
    }

    /**
     * Delivers {@code event} to every activated endpoint whose activation spec accepts its type, one after the other,
     * and returns normally only when all of them returned normally. Each call runs in the bean's container-managed
     * transaction (the container starts and commits it around the method because the adapter passes no XAResource
     * and calls no beforeDelivery/afterDelivery), so a normal return means the bean's work is committed.
     *
     * @throws EventDeliveryException at the first endpoint that failed or could not be created (later endpoints are
     *                                not called: the recorder resends the event and every consumer de-duplicates),
     *                                or when no endpoint is activated at all (nobody could have processed it)
     */
    void deliver(RecorderEvent event) throws EventDeliveryException {
        List<Activation> current = List.copyOf(activations);
        if (current.isEmpty()) {
            throw new EventDeliveryException("no message endpoint is active", null);
        }
        for (Activation activation : current) {
            if (activation.spec().accepts(event.eventType())) {
                deliverTo(activation.factory(), event);
            }
        }
    }

    private static void deliverTo(MessageEndpointFactory factory, RecorderEvent event) throws EventDeliveryException {
        MessageEndpoint endpoint;
        try {
            endpoint = factory.createEndpoint(null);
        } catch (ResourceException e) {
            throw new EventDeliveryException(describe(factory) + " is unavailable", e);
        }
        try {
            ((RecorderEventListener) endpoint).onRecorderEvent(event);
        } catch (RuntimeException e) {
            throw new EventDeliveryException(describe(factory) + " failed on "
                    + event.eventType() + " seq " + event.seq() + " of " + event.recorderId(), e);
        } finally {
            endpoint.release();
        }
    }

    /** The bean's class where the container tells it (WildFly's activation name only names the adapter). */
    static String describe(MessageEndpointFactory factory) {
        Class<?> endpointClass = factory.getEndpointClass();
        return endpointClass != null ? endpointClass.getName() : factory.getActivationName();
    }
}
