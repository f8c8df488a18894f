package org.argusvms.benchmark;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast smoke run of B2 kept in the test suite: two small streams for a few seconds. It proves the benchmark
 * still measures (both subjects recorded and used CPU); it asserts nothing about speed — that is the full run's job.
 */
class RecordingCpuBenchmarkSmokeTest {

    @Test
    void measuresBothTheRecorderAndTheFfmpegPeer() throws Exception {
        Path work = Path.of(System.getProperty("argus.benchmark.output", "target/benchmarks"), "smoke");
        var settings = new RecordingCpuBenchmark.Settings(2, Duration.ofSeconds(3), Duration.ofSeconds(2), 640, 360, 25, 800,
                Path.of(System.getProperty("argus.recorder.jar", "../recorder-native/target/recorder-native.jar")), work,
                List.of("java", "gstreamer"));

        RecordingCpuBenchmark.Result result = new RecordingCpuBenchmark(settings).run();

        assertEquals(2, result.recorders().size(), "one measurement per ingest: " + result.toJson());
        for (RecordingCpuBenchmark.Measurement recorder : result.recorders()) {
            assertTrue(recorder.totalPercent() > 0, "recorder CPU measured: " + result.toJson());
            assertTrue(recorder.framesRecorded() > 0, "recorder received frames: " + result.toJson());
        }
        assertTrue(result.ffmpeg().totalPercent() > 0, "ffmpeg CPU measured: " + result.toJson());
        try (var files = Files.walk(work.resolve("ffmpeg"))) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".mp4")), "ffmpeg peer wrote segments");
        }
        Files.writeString(work.resolve("b2-smoke.json"), result.toJson().toString());
    }
}
