package org.argusvms.benchmark;

import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.clip.TestPattern;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** B7 in miniature (2 minutes of a small clip): both exports are made, timed, and play for the exported length. */
class ExportBenchmarkSmokeTest {

    @Test
    void exportsTheRangeWithArgusAndTheFfmpegPeer() throws Exception {
        Path work = Path.of(System.getProperty("argus.benchmark.output", "target/benchmarks"), "b7-smoke");
        var settings = new ExportBenchmark.Settings(Duration.ofMinutes(2),
                new ClipSpec(TestPattern.TESTSRC2, 320, 180, 25, 25, 60, 64), work);

        ExportBenchmark.Result result = new ExportBenchmark(settings).run();

        assertEquals(120, result.argus().durationSeconds(), 1, "Argus export plays 2 min: " + result.toJson());
        assertEquals(120, result.ffmpeg().durationSeconds(), 1, "peer export plays 2 min: " + result.toJson());
        assertTrue(result.argus().seconds() > 0 && result.argus().bytes() > 0, result.toJson().toString());
    }
}
