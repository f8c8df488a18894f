package org.argusvms.connector;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import org.argusvms.connector.api.RecorderEventListener;
import org.argusvms.recorder.protocol.RecorderEvent;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Stands in for a message-driven bean: every endpoint it creates records the events it receives. It can be told to
 * throw, as a bean whose transaction rolls back would.
 */
final class RecordingEndpointFactory implements MessageEndpointFactory {

    private final String name;
    private final BlockingQueue<RecorderEvent> received = new LinkedBlockingQueue<>();
    private final AtomicInteger unreleased = new AtomicInteger();
    private volatile Predicate<RecorderEvent> failing = event -> false;

    RecordingEndpointFactory(String name) {
        this.name = name;
    }

    /** Makes deliveries matching {@code predicate} throw (after being recorded as attempted). */
    void failWhen(Predicate<RecorderEvent> predicate) {
        this.failing = predicate;
    }

    RecorderEvent awaitEvent(Duration timeout) throws InterruptedException {
        RecorderEvent event = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(event, name + " received no event within " + timeout);
        return event;
    }

    /** Waits for the next event of {@code eventType}, skipping others. */
    RecorderEvent awaitEvent(String eventType, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            RecorderEvent event = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertNotNull(event, name + " received no " + eventType + " within " + timeout);
            if (event.eventType().equals(eventType)) {
                return event;
            }
        }
    }

    void assertNoEventWithin(Duration quietPeriod) throws InterruptedException {
        assertNull(received.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS), name + " received an unexpected event");
    }

    List<RecorderEvent> drain() {
        List<RecorderEvent> events = new ArrayList<>();
        received.drainTo(events);
        return events;
    }

    int unreleasedEndpoints() {
        return unreleased.get();
    }

    @Override
    public MessageEndpoint createEndpoint(javax.transaction.xa.XAResource xaResource) {
        unreleased.incrementAndGet();
        return new RecordingEndpoint();
    }

    @Override
    public MessageEndpoint createEndpoint(javax.transaction.xa.XAResource xaResource, long timeout) {
        return createEndpoint(xaResource);
    }

    @Override
    public boolean isDeliveryTransacted(Method method) {
        return true;
    }

    @Override
    public String getActivationName() {
        return name;
    }

    @Override
    public Class<?> getEndpointClass() {
        return RecordingEndpoint.class;
    }

    private final class RecordingEndpoint implements MessageEndpoint, RecorderEventListener {

        @Override
        public void onRecorderEvent(RecorderEvent event) {
            received.add(event);
            if (failing.test(event)) {
                throw new IllegalStateException("simulated rollback of " + event.eventType() + " seq " + event.seq());
            }
        }

        @Override
        public void beforeDelivery(Method method) {
            throw new AssertionError("the adapter relies on the container-managed transaction around each call");
        }

        @Override
        public void afterDelivery() {
            throw new AssertionError("the adapter relies on the container-managed transaction around each call");
        }

        @Override
        public void release() {
            unreleased.decrementAndGet();
        }
    }
}
