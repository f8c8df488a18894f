package org.argusvms.benchmark;

/**
 * The text of one benchmark generic event: {@code b8 <runId> <sequence> <sentNanos>}. The run id keeps events of
 * other runs (and other tests' events) out of the counts; the send time gives the end-to-end latency.
 */
record BenchmarkEventText(String runId, int sequence, long sentNanos) {

    static final String PREFIX = "b8 ";

    String text() {
        return PREFIX + runId + " " + sequence + " " + sentNanos;
    }

    /** The parsed text, or null if it is not a benchmark event. */
    static BenchmarkEventText parse(String text) {
        if (!text.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = text.split(" ");
        if (parts.length != 4) {
            return null;
        }
        try {
            return new BenchmarkEventText(parts[1], Integer.parseInt(parts[2]), Long.parseLong(parts[3]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
