package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.Arrays;

/** Latency samples in nanoseconds, thread-safe, summarised as percentiles in milliseconds. */
public final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    /** A new set holding the samples of both. */
    Latencies with(Latencies other) {
        Latencies both = new Latencies();
        for (Latencies source : new Latencies[] {this, other}) {
            synchronized (source) {
                for (int i = 0; i < source.count; i++) {
                    both.add(source.samples[i]);
                }
            }
        }
        return both;
    }

    synchronized int count() {
        return count;
    }

    /** The percentiles of everything recorded so far. */
    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return new Summary(count, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                count == 0 ? 0 : millis(sorted[count - 1]));
    }

    /** Nearest-rank percentile. */
    private static double percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return millis(sorted[Math.max(0, rank - 1)]);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** p50/p95/p99/max in milliseconds. */
    public record Summary(int count, double p50, double p95, double p99, double max) {

        JsonObject toJson() {
            return Json.createObjectBuilder().add("count", count).add("p50Ms", round(p50)).add("p95Ms", round(p95))
                    .add("p99Ms", round(p99)).add("maxMs", round(max)).build();
        }

        String describe() {
            return round(p50) + " / " + round(p95) + " / " + round(p99) + " / " + round(max);
        }
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
