package org.argusvms.benchmark;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** B9 in miniature (one small stream for a few seconds): both subjects recorded, and their writes were counted. */
class StorageOverheadBenchmarkSmokeTest {

    @Test
    void measuresOverheadAndWritesOfBothSubjects() throws Exception {
        Path work = Path.of(System.getProperty("argus.benchmark.output", "target/benchmarks"), "b9-smoke");
        var settings = new StorageOverheadBenchmark.Settings(Duration.ofSeconds(4), 640, 360, 25, 800,
                Path.of(System.getProperty("argus.recorder.jar", "../recorder-native/target/recorder-native.jar")), work);

        StorageOverheadBenchmark.Result result = new StorageOverheadBenchmark(settings).run();

        for (StorageOverheadBenchmark.Storage subject : new StorageOverheadBenchmark.Storage[] {result.argus(), result.ffmpeg()}) {
            assertTrue(subject.files() > 0 && subject.payloadBytes() > 0, "recorded video: " + result.toJson());
            assertTrue(subject.fileBytes() > subject.payloadBytes(), "files hold more than the payload: " + result.toJson());
            assertTrue(subject.writeBytes() > 0, "device writes counted: " + result.toJson());
        }
    }
}
