package org.argusvms.benchmark;

import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.clip.TestPattern;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** B6 in miniature (3 minutes of archive, a few seeks): it still builds both archives and measures every figure. */
class SeekBenchmarkSmokeTest {

    @Test
    void seeksIntoBothArchivesAndTimesEveryFigure() throws Exception {
        Path work = Path.of(System.getProperty("argus.benchmark.output", "target/benchmarks"), "b6-smoke");
        var settings = new SeekBenchmark.Settings(Duration.ofMinutes(3), 5, 2,
                new ClipSpec(TestPattern.TESTSRC2, 320, 180, 25, 25, 60, 64), work, 1);

        SeekBenchmark.Result result = new SeekBenchmark(settings).run();

        assertEquals(3, result.argusArchive().segments(), "one segment per minute: " + result.toJson());
        assertEquals(3, result.peerArchive().segments(), "the peer's minute files: " + result.toJson());
        assertEquals(5, result.firstByte().count());
        assertTrue(result.firstByte().p50() > 0 && result.snapshot().p50() > 0 && result.firstFrame().p50() > 0
                        && result.peerFirstFrame().p50() > 0,
                "every figure measured: " + result.toJson());
    }
}
