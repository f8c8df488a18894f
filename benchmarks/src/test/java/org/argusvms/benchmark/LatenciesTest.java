package org.argusvms.benchmark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.add(ms * 1_000_000L);
        }

        Latencies.Summary summary = latencies.summary();

        assertEquals(100, summary.count());
        assertEquals(50.0, summary.p50());
        assertEquals(95.0, summary.p95());
        assertEquals(99.0, summary.p99());
        assertEquals(100.0, summary.max());
    }

    @Test
    void mergingKeepsTheSamplesOfBoth() {
        Latencies fast = new Latencies();
        Latencies slow = new Latencies();
        fast.add(1_000_000);
        slow.add(9_000_000);

        Latencies.Summary both = fast.with(slow).summary();

        assertEquals(2, both.count());
        assertEquals(9.0, both.max());
        assertEquals(1, fast.count(), "the parts are unchanged");
    }

    @Test
    void noSamplesGiveZeroes() {
        assertEquals(new Latencies.Summary(0, 0, 0, 0, 0), new Latencies().summary());
    }
}
