package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.support.NamedThreads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One thread that serves many camera connections through a selector: readiness events, tasks from other threads,
 * and a tick about once a second for timers (keep-alives). Connections never block it.
 */
final class SelectorLoop {

    /** A channel registered with the loop; all calls come on the loop thread. */
    interface Endpoint {
        void onReady(SelectionKey key);

        void onTick(long nowNanos);

        /** The endpoint threw; it must release its channel and report. */
        void onCrash(RuntimeException e);
    }

    private static final Logger LOG = Logger.getLogger(SelectorLoop.class.getName());
    private static final long TICK_NANOS = TimeUnit.SECONDS.toNanos(1);
    /**
     * Shortest time between two rounds of reads. Cameras send a picture as a burst of packets; waking for each
     * packet costs a context switch and a read per packet. Waiting a little lets one read take several packets
     * of every camera, at the price of at most this much latency. Tunable for measurements.
     */
    static final long ROUND_NANOS = TimeUnit.MILLISECONDS.toNanos(
            Long.getLong("argus.ingest.round-millis", 10));

    private final Selector selector;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private long lastTickNanos = System.nanoTime();

    SelectorLoop(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        thread = NamedThreads.start(name, this::run);
    }

    Selector selector() {
        return selector;
    }

    /** Runs the task on the loop thread, soon. */
    void execute(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    private void run() {
        while (true) {
            try {
                runTasks();
                selector.select(TimeUnit.NANOSECONDS.toMillis(TICK_NANOS));
                long roundStart = System.nanoTime();
                for (SelectionKey key : selector.selectedKeys()) {
                    Endpoint endpoint = (Endpoint) key.attachment();
                    guarded(endpoint, () -> endpoint.onReady(key));
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                if (now - lastTickNanos >= TICK_NANOS) {
                    lastTickNanos = now;
                    for (SelectionKey key : selector.keys()) {
                        Endpoint endpoint = (Endpoint) key.attachment();
                        guarded(endpoint, () -> endpoint.onTick(now));
                    }
                }
                LockSupport.parkNanos(roundStart + ROUND_NANOS - System.nanoTime());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "RTSP selector loop failed; continuing", e);
            }
        }
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "RTSP selector task failed", e);
            }
        }
    }

    private static void guarded(Endpoint endpoint, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            endpoint.onCrash(e);
        }
    }
}
