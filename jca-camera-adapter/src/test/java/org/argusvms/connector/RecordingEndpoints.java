package org.argusvms.connector;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Stands in for a message-driven bean: every endpoint it creates records the messages it receives, and it can be told
 * to throw, as a bean whose transaction rolls back would. Counts endpoints not yet released.
 *
 * @param <M> the message type of the listener interface
 */
abstract class RecordingEndpoints<M> implements MessageEndpointFactory {

    private final String name;
    private final BlockingQueue<M> received = new LinkedBlockingQueue<>();
    private final AtomicInteger unreleased = new AtomicInteger();
    private volatile Predicate<M> failing = message -> false;
    private volatile Predicate<M> holding = message -> false;
    private final CountDownLatch released = new CountDownLatch(1);

    RecordingEndpoints(String name) {
        this.name = name;
    }

    /** Makes deliveries matching {@code predicate} throw (after being recorded as attempted). */
    void failWhen(Predicate<M> predicate) {
        this.failing = predicate;
    }

    /** Makes deliveries matching {@code predicate} wait (after being recorded) until {@link #releaseHeld}, a slow bean. */
    void holdWhen(Predicate<M> predicate) {
        this.holding = predicate;
    }

    void releaseHeld() {
        released.countDown();
    }

    /** The next message, skipping those that do not match. */
    M awaitNext(Predicate<M> wanted, String what, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            M message = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertNotNull(message, name + " received no " + what + " within " + timeout);
            if (wanted.test(message)) {
                return message;
            }
        }
    }

    void assertNothingWithin(Duration quietPeriod) throws InterruptedException {
        assertNull(received.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS), name + " received an unexpected message");
    }

    List<M> drain() {
        List<M> messages = new ArrayList<>();
        received.drainTo(messages);
        return messages;
    }

    int unreleasedEndpoints() {
        return unreleased.get();
    }

    /** What an endpoint's listener method does: record the message, then fail if told to. */
    void deliver(M message, String description) {
        received.add(message);
        if (holding.test(message)) {
            try {
                released.await(10, TimeUnit.SECONDS); // bounded: a failed test must not hang the adapter's stop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failing.test(message)) {
            throw new IllegalStateException("simulated rollback of " + description);
        }
    }

    abstract MessageEndpoint newEndpoint();

    @Override
    public MessageEndpoint createEndpoint(javax.transaction.xa.XAResource xaResource) {
        unreleased.incrementAndGet();
        return newEndpoint();
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

    /** The MessageEndpoint side every recording endpoint shares. */
    abstract class Endpoint implements MessageEndpoint {

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
