package org.argusvms.benchmark;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** B3 in miniature (one kill of a recorder with one small stream): the loss is measured and the files are checked. */
class CrashRecoveryBenchmarkSmokeTest {

    @Test
    void killsTheRecorderAndMeasuresWhatWasLost() throws Exception {
        Path work = Path.of(System.getProperty("argus.benchmark.output", "target/benchmarks"), "b3-smoke");
        var settings = new CrashRecoveryBenchmark.Settings(1, 1, Duration.ofSeconds(3), Duration.ofSeconds(3), 640, 360,
                25, 800, Path.of(System.getProperty("argus.recorder.jar", "../recorder-native/target/recorder-native.jar")),
                work, 1);

        CrashRecoveryBenchmark.Result result = new CrashRecoveryBenchmark(settings).run();

        CrashRecoveryBenchmark.Run run = result.runs().get(0);
        assertEquals(1, run.secondsLost().size(), result.toJson().toString());
        assertTrue(run.files() > 0, "segments recorded before the kill: " + result.toJson());
        assertTrue(run.secondsLost().get(0) < 3, "less lost than was recorded: " + result.toJson());
    }
}
