package org.argusvms.benchmark;

import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.clip.TestPattern;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * B10 in miniature (8 minutes of old archive of 2 cameras, both recording live): retention deletes the archive and its
 * motion grids except the locked range, the storage checks clean and the live recording is read back and measured.
 */
class RetentionBenchmarkSmokeTest {

    @Test
    void deletesTheOldArchiveButTheEvidenceWhileRecording() throws Exception {
        Path work = Path.of(System.getProperty("argus.benchmark.output", "target/benchmarks"), "b10-smoke");
        var settings = new RetentionBenchmark.Settings(2, Duration.ofMinutes(8),
                new ClipSpec(TestPattern.TESTSRC2, 320, 180, 25, 25, 60, 32), 640, 360, 25, 500,
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(90),
                Path.of(System.getProperty("argus.recorder.jar", "../recorder-native/target/recorder-native.jar")), work);

        RetentionBenchmark.Result result = new RetentionBenchmark(settings).run();

        RetentionBenchmark.Deletion deletion = result.deletion();
        String json = result.toJson().toString();
        assertEquals(16, deletion.archive().segments(), "8 one-minute segments per camera: " + json);
        assertEquals(2, deletion.archive().gridFiles(), "one hour of grids per camera: " + json);
        assertTrue(deletion.complete(), "the archive was deleted: " + json);
        assertTrue(deletion.lockedSegments() >= 2, "the lock covers two minutes: " + json);
        assertEquals(deletion.lockedSegments(), deletion.segmentsLeft(), "only the evidence is left: " + json);
        assertEquals(deletion.lockedSegments(), deletion.lockedSegmentsLeft(), json);
        assertEquals(1, deletion.gridFilesLeft(), "only the grid of the locked hour is left: " + json);
        assertEquals(0, result.checkExitCode(), "index and files agree: " + json);
        assertEquals(2, result.recorded().size());
        assertTrue(result.recorded().stream().allMatch(camera -> camera.frames() > 0), "live video read back: " + json);
        assertEquals(3, result.phases().size(), json);
    }
}
