package org.argusvms.recorder;

import org.argusvms.recorder.ingest.IngestPath;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecorderOptionsTest {

    @Test
    void parsesTheDocumentedCommandLineAndShiftsAllPortsByTheOffset() {
        RecorderOptions options = RecorderOptions.parse("--id", "rec-2", "--name", "Recorder 2", "--storage", "/data",
                "--control-port", "9001", "--media-port", "7563", "--management-host", "10.0.0.1",
                "--management-port", "9000", "--advertise-host", "rec2.local", "--port-offset", "100",
                "--segment-seconds=30", "--min-free-megabytes", "2048");

        assertEquals("rec-2", options.recorderId());
        assertEquals("Recorder 2", options.name());
        assertEquals(Path.of("/data"), options.storage());
        assertEquals(9101, options.effectiveControlPort());
        assertEquals(7663, options.effectiveMediaPort());
        assertEquals(9100, options.effectiveManagementPort());
        assertEquals("rec2.local", options.advertiseHost());
        assertEquals(Duration.ofSeconds(30), options.segmentDuration());
        assertEquals(2048, options.minFreeMegabytes());
    }

    @Test
    void defaultsToTheSeedPorts() {
        RecorderOptions options = RecorderOptions.parse();

        assertEquals(9001, options.effectiveControlPort());
        assertEquals(7563, options.effectiveMediaPort());
        assertEquals(9000, options.effectiveManagementPort());
        assertEquals("rec-1", options.name());
        assertEquals(512, options.minFreeMegabytes());
    }

    @Test
    void helpIsNotAnError() {
        assertNull(RecorderOptions.parse("--help"));
        assertTrue(RecorderOptions.USAGE.contains("--port-offset"));
    }

    @Test
    void rejectsUnknownOptionsMissingValuesAndBadPorts() {
        assertThrows(IllegalArgumentException.class, () -> RecorderOptions.parse("--colour", "blue"));
        assertThrows(IllegalArgumentException.class, () -> RecorderOptions.parse("--id"));
        assertThrows(IllegalArgumentException.class, () -> RecorderOptions.parse("--media-port", "http"));
        assertThrows(IllegalArgumentException.class, () -> RecorderOptions.parse("--media-port", "70000"));
        assertThrows(IllegalArgumentException.class,
                () -> RecorderOptions.parse("--control-port", "65000", "--port-offset", "1000"));
        assertThrows(IllegalArgumentException.class, () -> RecorderOptions.parse("--min-free-megabytes", "-1"));
    }

    @Test
    void recordsThroughTheJavaIngestUnlessGstreamerIsAskedFor() {
        assertEquals(IngestPath.JAVA, RecorderOptions.parse().ingest());
        assertEquals(IngestPath.GSTREAMER, RecorderOptions.parse("--ingest", "gstreamer").ingest());
        assertEquals(IngestPath.GSTREAMER, RecorderOptions.parse("--ingest=GStreamer").withPorts(0, 0, 0).ingest());
        assertThrows(IllegalArgumentException.class, () -> RecorderOptions.parse("--ingest", "ffmpeg"));
    }
}
