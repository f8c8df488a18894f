package org.argusvms.recorder;

import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.recorder.testing.RecorderFixtureTest;
import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.Fault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.QUICK_SUPERVISION;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fault the camera simulator can inject, against the whole recorder: the operator learns of the failure within
 * seconds (camera.disconnected at the management server), learns of the recovery (camera.connected) once the fault
 * is cleared, recording continues, what was recorded stays playable, and no thread is left behind.
 */
class CameraFaultsIT extends RecorderFixtureTest {

    /** Stall timeout (3 s), one stall check (0.6 s) and event delivery, with room for a loaded machine. */
    private static final Duration FAILURE_REPORTED_WITHIN = QUICK_SUPERVISION.stallTimeout().plusSeconds(3);
    /** GStreamer keeps a few idle pool threads for a while; a leak would grow by a pipeline's threads per outage. */
    private static final int THREAD_SLACK = 4;

    /**
     * The first pipeline of a process starts GStreamer's process-wide threads, which stay and are no leak; stream
     * once before any test takes its thread baseline.
     */
    @BeforeAll
    void startGStreamerThreads() throws Exception {
        fixture.apply(camera("warm-up", fixture.simulator.url("cam3"), RecordingMode.OFF, true));
        awaitConnections("warm-up", 1);
        fixture.remove("warm-up");
    }

    /** Every streaming fault on the H.264 camera cam1; disconnect and garbage on the H.265 camera too. */
    static Stream<Arguments> streamingFaults() {
        return Stream.of(Arguments.of(Fault.DISCONNECT, "cam1"), Arguments.of(Fault.STALL, "cam1"),
                Arguments.of(Fault.GARBAGE, "cam1"), Arguments.of(Fault.DISCONNECT, RecorderFixture.H265_CAMERA),
                Arguments.of(Fault.GARBAGE, RecorderFixture.H265_CAMERA));
    }

    @ParameterizedTest
    @MethodSource("streamingFaults")
    void aFaultWhileStreamingIsReportedWithinSecondsAndRecordingResumesWhenItClears(Fault fault, String simulatorCamera)
            throws Exception {
        String cameraId = "fault-" + fault.optionName() + "-" + simulatorCamera;
        CameraFaults faults = fixture.simulator.faults(simulatorCamera);
        int threadsBefore = osThreads();
        try {
            fixture.apply(camera(cameraId, fixture.simulator.url(simulatorCamera), RecordingMode.ALWAYS, true));
            awaitConnections(cameraId, 1);
            awaitMoreFrames(cameraId, 50);
            int threadsStreaming = osThreads();

            long injected = System.nanoTime();
            faults.inject(fault);
            Await.until(fault + " reported", FAILURE_REPORTED_WITHIN, () -> disconnections(cameraId) == 1);
            Duration reportedAfter = Duration.ofNanos(System.nanoTime() - injected);
            assertTrue(fixture.status(cameraId).lastError() != null, "status says why");
            faults.clear(fault);

            awaitConnections(cameraId, 2);
            awaitMoreFrames(cameraId, 50);
            assertEquals(1, disconnections(cameraId), "one camera.disconnected per outage");
            assertEquals("STREAMING", fixture.status(cameraId).state());
            awaitThreadsAtMost("threads back to streaming level after " + fault, threadsStreaming + THREAD_SLACK);
            System.out.println(fault + ": camera.disconnected " + reportedAfter.toMillis() + " ms after injection");
        } finally {
            faults.clearAll();
            fixture.remove(cameraId);
        }
        awaitThreadsAtMost("threads back to baseline once the camera is removed", threadsBefore + THREAD_SLACK);
        List<Path> segments = fixture.segmentFiles(cameraId);
        assertTrue(segments.size() >= 2, "a segment before and one after the outage: " + segments);
        for (Path segment : segments) {
            Ffprobe.VideoReport report = Ffprobe.probe(segment);
            assertEquals(1280, report.width(), segment.toString());
            assertTrue(report.frames() > 0, segment + " has frames");
            // Garbage never assembles into a frame that passes the recorder's checks, so even then no decode error.
            assertEquals("", Ffprobe.decodeErrors(segment), segment + " decodes cleanly");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"MALFORMED_SDP", "MALFORMED_RTSP"})
    void aCameraAnsweringDescribeWithGarbageIsReportedOnceRetriedAndRecordedOnceFixed(Fault fault) throws Exception {
        String cameraId = "describe-" + fault.optionName();
        CameraFaults faults = fixture.simulator.faults("cam2");
        int threadsBefore = osThreads();
        faults.inject(fault);
        try {
            long applied = System.nanoTime();
            fixture.apply(camera(cameraId, fixture.simulator.url("cam2"), RecordingMode.ALWAYS, true));
            Await.until(fault + " reported", QUICK_SUPERVISION.connectTimeout().plusSeconds(3),
                    () -> disconnections(cameraId) == 1);
            Duration reportedAfter = Duration.ofNanos(System.nanoTime() - applied);
            CameraStatus failing = fixture.status(cameraId);
            assertEquals("DISCONNECTED", failing.state());
            assertFalse(failing.lastError() == null || failing.lastError().isBlank(), "status says why");
            assertEquals(0, failing.framesReceived());
            faults.clear(fault);

            awaitConnections(cameraId, 1);
            awaitMoreFrames(cameraId, 50);
            assertEquals(1, disconnections(cameraId), "retries of one outage are reported once");
            System.out.println(fault + ": camera.disconnected " + reportedAfter.toMillis() + " ms after apply ("
                    + failing.lastError() + ")");
        } finally {
            faults.clearAll();
            fixture.remove(cameraId);
        }
        awaitThreadsAtMost("threads back to baseline once the camera is removed", threadsBefore + THREAD_SLACK);
        for (Path segment : fixture.segmentFiles(cameraId)) {
            assertEquals("", Ffprobe.decodeErrors(segment), segment + " decodes cleanly");
        }
    }

    /** cam3 sends H.264; the H.265 camera changes its VPS/SPS/PPS, which needs a new hvcC just the same. */
    @ParameterizedTest
    @ValueSource(strings = {"cam3", RecorderFixture.H265_CAMERA})
    void aResolutionChangeStartsANewSegmentOfTheNewSizeWithoutAnOutage(String simulatorCamera) throws Exception {
        String cameraId = "fault-resolution-change-" + simulatorCamera;
        CameraFaults faults = fixture.simulator.faults(simulatorCamera);
        try {
            fixture.apply(camera(cameraId, fixture.simulator.url(simulatorCamera), RecordingMode.ALWAYS, true));
            awaitConnections(cameraId, 1);
            awaitMoreFrames(cameraId, 50);

            faults.inject(Fault.RESOLUTION_CHANGE);
            Await.until("the smaller picture arrives", PATIENCE, () -> width(cameraId) == 640);
            awaitMoreFrames(cameraId, 50);
            faults.clear(Fault.RESOLUTION_CHANGE);
            Await.until("the full picture is back", PATIENCE, () -> width(cameraId) == 1280);
            awaitMoreFrames(cameraId, 25);

            assertEquals(0, disconnections(cameraId), "a new SPS needs no reconnect");
        } finally {
            faults.clearAll();
            fixture.remove(cameraId);
        }
        List<Path> segments = fixture.segmentFiles(cameraId);
        List<String> sizes = new ArrayList<>();
        for (Path segment : segments) {
            Ffprobe.VideoReport report = Ffprobe.probe(segment);
            sizes.add(report.width() + "x" + report.height());
            assertEquals(simulatorCamera.equals(RecorderFixture.H265_CAMERA) ? "hevc" : "h264", report.codec());
            assertTrue(report.frames() > 0, segment + " has frames");
            assertEquals("", Ffprobe.decodeErrors(segment), segment + " decodes cleanly");
        }
        assertEquals(List.of("1280x720", "640x360", "1280x720"), sizes, "one segment per size, in order");
    }

    @Test
    void aSlowHandshakeWithinTheConnectTimeoutConnectsOnceWithoutAFailure() throws Exception {
        String cameraId = "fault-slow-start";
        CameraFaults faults = fixture.simulator.faults("cam3");
        Duration perAnswer = Duration.ofMillis(1500);
        faults.setSlowStartDelay(perAnswer);
        faults.inject(Fault.SLOW_START);
        try {
            long applied = System.nanoTime();
            fixture.apply(camera(cameraId, fixture.simulator.url("cam3"), RecordingMode.OFF, true));
            awaitConnections(cameraId, 1);
            Duration handshake = Duration.ofNanos(System.nanoTime() - applied);

            assertTrue(handshake.compareTo(QUICK_SUPERVISION.stallTimeout()) > 0,
                    "slower than a stall (" + handshake.toMillis() + " ms): only the connect timeout allows it");
            assertEquals(0, disconnections(cameraId));
            assertEquals(1, fixture.simulator.connectedClients(), "one connection, no duplicate pipeline");
            awaitMoreFrames(cameraId, 25);
        } finally {
            faults.clearAll();
            fixture.remove(cameraId);
        }
    }

    private int disconnections(String cameraId) {
        return fixture.disconnections(cameraId);
    }

    private void awaitConnections(String cameraId, int count) {
        fixture.awaitConnections(cameraId, count);
    }

    private void awaitMoreFrames(String cameraId, int frames) {
        fixture.awaitMoreFrames(cameraId, frames);
    }

    /** The picture width the recorder reports for the camera right now (0 before the first frame). */
    private int width(String cameraId) {
        return fixture.health(cameraId).map(camera -> camera.getInt("width", 0)).orElse(0);
    }

    /** Threads of this process as the OS sees them: Java threads and GStreamer's native ones. */
    private static int osThreads() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return (int) tasks.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitThreadsAtMost(String what, int limit) {
        Set<Integer> seen = new HashSet<>();
        try {
            Await.until(what + " (at most " + limit + ")", Duration.ofSeconds(20), () -> {
                int now = osThreads();
                seen.add(now);
                return now <= limit;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; counts seen " + seen, e);
        }
    }
}
