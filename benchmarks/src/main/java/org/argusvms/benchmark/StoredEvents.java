package org.argusvms.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Counts a run's generic events in the event server's database (psql), to prove they were persisted. */
final class StoredEvents {

    private StoredEvents() {
    }

    /**
     * Polls until {@code expected} events of the run are stored or the timeout passes; returns the last count, or
     * -1 when there is no database to ask (H2 inside WildFly).
     */
    static long awaitCount(StackEndpoints stack, String runId, long expected, Duration timeout) throws Exception {
        if (stack.databaseUrl() == null) {
            return -1;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long count;
        do {
            count = count(stack.databaseUrl(), runId);
            if (count >= expected) {
                return count;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return count;
    }

    private static long count(String databaseUrl, String runId) throws Exception {
        // the run id is [a-z0-9] only (see EventServerBenchmark), so it is safe inside the literal
        String sql = "SELECT count(*) FROM generic_event WHERE message LIKE '" + BenchmarkEventText.PREFIX + runId + " %'";
        Process psql = new ProcessBuilder(List.of("psql", databaseUrl, "-Atc", sql)).redirectErrorStream(true).start();
        String out = new String(psql.getInputStream().readAllBytes()).trim();
        if (!psql.waitFor(60, TimeUnit.SECONDS) || psql.exitValue() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
        return Long.parseLong(out);
    }
}
