package org.argusvms.recorder.metadata;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one thread that parses and stores every camera's metadata documents, in arrival order (so each camera's
 * writer and event state are used by one thread). Its queue is bounded: when the disk stalls, metadata is dropped,
 * not memory exhausted and never the ingest blocked.
 */
final class MetadataWorker {

    static final int QUEUE_CAPACITY = 10_000;
    private static final Logger LOG = Logger.getLogger(MetadataWorker.class.getName());
    private static final MetadataWorker SHARED = new MetadataWorker();

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY), runnable -> {
                Thread thread = new Thread(runnable, "metadata-writer");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());

    static MetadataWorker shared() {
        return SHARED;
    }

    /** @return false when the queue is full and the task was not taken */
    boolean submit(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "metadata task failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Runs the task after everything queued before it; waits at most 5 s. */
    void submitAndWait(Runnable task) {
        CountDownLatch done = new CountDownLatch(1);
        if (!submit(() -> {
            try {
                task.run();
            } finally {
                done.countDown();
            }
        })) {
            return;
        }
        try {
            done.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
