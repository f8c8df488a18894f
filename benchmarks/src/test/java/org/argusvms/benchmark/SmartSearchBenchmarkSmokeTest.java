package org.argusvms.benchmark;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Smart search in miniature (two hours, a few queries): it still writes the grids and times both figures. */
class SmartSearchBenchmarkSmokeTest {

    @Test
    void writesADayOfGridsAndTimesTheSearchInProcessAndOverHttp() throws Exception {
        Path work = Path.of(System.getProperty("argus.benchmark.output", "target/benchmarks"), "smart-search-smoke");
        var settings = new SmartSearchBenchmark.Settings(Duration.ofHours(2), 0.5, 5, work, 1);

        SmartSearchBenchmark.Result result = new SmartSearchBenchmark(settings).run();

        assertTrue(result.secondsWithMotion() > 3000 && result.secondsWithMotion() < 4200, result.toJson().toString());
        assertEquals(2 * 16 + 30L * result.secondsWithMotion(), result.gridBytes(),
                "two hour files: headers and 30-byte records");
        assertEquals(5, result.inProcess().count());
        assertEquals(5, result.http().count());
        assertTrue(result.inProcess().p50() > 0 && result.http().p50() > 0, result.toJson().toString());
    }
}
