package org.argusvms.connector;

import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A work manager on a plain thread pool, standing in for the application server's. */
final class TestWorkManager implements WorkManager, AutoCloseable {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Set<Work> running = ConcurrentHashMap.newKeySet();

    @Override
    public void doWork(Work work) throws WorkException {
        work.run();
    }

    @Override
    public void doWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener) throws WorkException {
        doWork(work);
    }

    @Override
    public long startWork(Work work) throws WorkException {
        scheduleWork(work);
        return 0;
    }

    @Override
    public long startWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener) throws WorkException {
        return startWork(work);
    }

    @Override
    public void scheduleWork(Work work) throws WorkException {
        if (executor.isShutdown()) {
            throw new WorkException("work manager closed");
        }
        running.add(work);
        executor.execute(() -> {
            try {
                work.run();
            } finally {
                running.remove(work);
            }
        });
    }

    @Override
    public void scheduleWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener) throws WorkException {
        scheduleWork(work);
    }

    /** Number of Work items still running. */
    int running() {
        return running.size();
    }

    /** Like the application server at shutdown: asks running work to stop, then waits for it. */
    @Override
    public void close() throws InterruptedException {
        running.forEach(Work::release);
        executor.shutdown();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            executor.shutdownNow();
            throw new AssertionError("work did not end after release(): " + running);
        }
    }
}
