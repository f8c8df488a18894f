package org.argusvms.recorder;

import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.RtspTransport;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.recorder.testing.RecorderFixtureTest;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.QUICK_SUPERVISION;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.argusvms.recorder.testing.RecorderFixture.disabled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cameras whose RTP comes over UDP (rtspTransport UDP or AUTO), through the whole recorder: continuous recording,
 * AUTO's fallback to TCP, loss, outages, and no UDP port left open behind a connection.
 */
class UdpRecordingIT extends RecorderFixtureTest {

    /** The default ingest, unless the run asks for GStreamer's (-Drecorder.ingest=gstreamer). */
    private static final boolean JAVA_INGEST = !"gstreamer".equals(System.getProperty("recorder.ingest"));
    /** Stall timeout (3 s), one stall check and event delivery, with room for a loaded machine. */
    private static final Duration FAILURE_REPORTED_WITHIN = QUICK_SUPERVISION.stallTimeout().plusSeconds(3);

    @ParameterizedTest
    @ValueSource(strings = {"cam1", RecorderFixture.H265_CAMERA})
    void aUdpCameraRecordsEveryFrameAtItsFrameRateIntoPlayableSegments(String simulatorCamera) throws Exception {
        String cameraId = "udp-" + simulatorCamera;
        CameraConfiguration camera = udpCamera(cameraId, simulatorCamera, RtspTransport.UDP);
        fixture.apply(camera);
        Await.until("first frame", PATIENCE, () -> fixture.status(cameraId).framesReceived() > 0);
        long firstFrames = fixture.status(cameraId).framesReceived();
        long started = System.nanoTime();
        Await.until("six seconds of video", PATIENCE,
                () -> fixture.status(cameraId).framesReceived() >= firstFrames + 150);
        double streamedSeconds = (System.nanoTime() - started) / 1e9;
        long streamedFrames = fixture.status(cameraId).framesReceived() - firstFrames;
        assertEquals("UDP", fixture.status(cameraId).rtspTransport());

        CameraStatus stopped = fixture.apply(disabled(camera));

        assertEquals(25.0, streamedFrames / streamedSeconds, 2.5, "frames arrive at the camera's 25 fps");
        long frames = 0;
        for (Path segment : fixture.segmentFiles(cameraId)) {
            Ffprobe.VideoReport report = Ffprobe.probe(segment);
            assertEquals(simulatorCamera.equals(RecorderFixture.H265_CAMERA) ? "hevc" : "h264", report.codec());
            assertEquals(1280, report.width());
            assertEquals("", Ffprobe.decodeErrors(segment), segment + " decodes cleanly");
            List<Double> decodeTimes = Ffprobe.packetDecodeTimes(segment);
            for (int i = 1; i < decodeTimes.size(); i++) {
                assertEquals(0.040, decodeTimes.get(i) - decodeTimes.get(i - 1), 0.0015,
                        "frame interval at packet " + i + " of " + segment.getFileName() + ": no frame missing");
            }
            frames += report.frames();
        }
        assertEquals(stopped.framesReceived(), frames, "every frame received reached the disk");
        if (JAVA_INGEST) {
            assertEquals(0L, rtpPacketsLost(cameraId), "nothing lost on loopback");
        }
    }

    @Test
    void autoFallsBackToTcpWhenTheCameraRefusesUdpAndRecordsWithoutAnOutage() throws Exception {
        assertAutoRecordsOverTcpDespite(Fault.REFUSE_UDP, "cam2");
    }

    @Test
    void autoFallsBackToTcpWhenNoRtpArrivesOverUdp() throws Exception {
        assertAutoRecordsOverTcpDespite(Fault.UDP_BLOCKED, "cam3");
    }

    private void assertAutoRecordsOverTcpDespite(Fault fault, String simulatorCamera) throws Exception {
        String cameraId = "auto-" + fault.optionName();
        CameraFaults faults = fixture.simulator.faults(simulatorCamera);
        faults.inject(fault);
        try {
            fixture.apply(udpCamera(cameraId, simulatorCamera, RtspTransport.AUTO));
            fixture.awaitConnections(cameraId, 1);
            fixture.awaitMoreFrames(cameraId, 50);

            assertEquals(JAVA_INGEST ? "TCP" : null, fixture.status(cameraId).rtspTransport(),
                    "rtspsrc does not tell what AUTO chose");
            assertEquals(0, fixture.disconnections(cameraId), "falling back is no outage");
        } finally {
            faults.clearAll();
            fixture.remove(cameraId);
        }
        for (Path segment : fixture.segmentFiles(cameraId)) {
            assertEquals("", Ffprobe.decodeErrors(segment), segment + " decodes cleanly");
        }
    }

    @Test
    void autoStaysOnUdpWhenUdpWorks() throws Exception {
        String cameraId = "auto-udp";
        try {
            fixture.apply(udpCamera(cameraId, "cam3", RtspTransport.AUTO));
            fixture.awaitConnections(cameraId, 1);
            fixture.awaitMoreFrames(cameraId, 25);
            assertEquals(JAVA_INGEST ? "UDP" : null, fixture.status(cameraId).rtspTransport(),
                    "rtspsrc does not tell what AUTO chose");
        } finally {
            fixture.remove(cameraId);
        }
    }

    @Test
    void aUdpCameraLosingPacketsKeepsRecordingDecodableVideoAndReportsTheLoss() throws Exception {
        String cameraId = "udp-loss";
        CameraFaults faults = fixture.simulator.faults("cam2");
        try {
            fixture.apply(udpCamera(cameraId, "cam2", RtspTransport.UDP));
            fixture.awaitConnections(cameraId, 1);
            faults.inject(Fault.UDP_LOSS);

            fixture.awaitMoreFrames(cameraId, 150);
            if (JAVA_INGEST) { // rtspsrc counts its losses itself and does not say
                Await.until("loss reported", PATIENCE, () -> rtpPacketsLost(cameraId) > 0);
            }

            assertEquals(0, fixture.disconnections(cameraId), "loss is no outage");
            assertEquals("STREAMING", fixture.status(cameraId).state());
        } finally {
            faults.clearAll();
            fixture.remove(cameraId);
        }
        for (Path segment : fixture.segmentFiles(cameraId)) {
            assertEquals("", Ffprobe.decodeErrors(segment), segment + ": damaged pictures were dropped, not recorded");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"DISCONNECT", "STALL", "GARBAGE"})
    void anOutageOnUdpIsReportedAndTheCameraReconnectsOverUdp(Fault fault) throws Exception {
        String cameraId = "udp-" + fault.optionName();
        CameraFaults faults = fixture.simulator.faults("cam1");
        try {
            fixture.apply(udpCamera(cameraId, "cam1", RtspTransport.UDP));
            fixture.awaitConnections(cameraId, 1);
            fixture.awaitMoreFrames(cameraId, 25);

            faults.inject(fault);
            Await.until(fault + " reported", FAILURE_REPORTED_WITHIN, () -> fixture.disconnections(cameraId) == 1);
            faults.clear(fault);

            fixture.awaitConnections(cameraId, 2);
            fixture.awaitMoreFrames(cameraId, 25);
            assertEquals("UDP", fixture.status(cameraId).rtspTransport());
            assertEquals(1, fixture.disconnections(cameraId), "one camera.disconnected per outage");
        } finally {
            faults.clearAll();
            fixture.remove(cameraId);
        }
    }

    @Test
    void changingTheTransportReconnectsTheCameraOverTheNewOne() throws Exception {
        String cameraId = "tcp-then-udp";
        try {
            fixture.apply(udpCamera(cameraId, "cam2", RtspTransport.TCP));
            fixture.awaitConnections(cameraId, 1);
            assertEquals("TCP", fixture.status(cameraId).rtspTransport());

            fixture.apply(udpCamera(cameraId, "cam2", RtspTransport.UDP));

            fixture.awaitConnections(cameraId, 2);
            fixture.awaitMoreFrames(cameraId, 25);
            assertEquals("UDP", fixture.status(cameraId).rtspTransport());
        } finally {
            fixture.remove(cameraId);
        }
    }

    /**
     * Both ends run in this process: the recorder's port pair and the simulator's per UDP session. After many
     * outages and the camera's removal, the process holds no more UDP sockets than before.
     */
    @Test
    void repeatedReconnectsLeaveNoUdpSocketOpen() throws Exception {
        String cameraId = "udp-reconnects";
        CameraFaults faults = fixture.simulator.faults("cam3");
        int before = udpSockets();
        try {
            fixture.apply(udpCamera(cameraId, "cam3", RtspTransport.UDP));
            fixture.awaitConnections(cameraId, 1);
            for (int outage = 1; outage <= 8; outage++) {
                int outageNumber = outage;
                faults.inject(Fault.DISCONNECT);
                Await.until("outage " + outage, PATIENCE, () -> fixture.disconnections(cameraId) == outageNumber);
                faults.clear(Fault.DISCONNECT);
                fixture.awaitConnections(cameraId, outage + 1);
            }
            int streaming = udpSockets();
            assertTrue(streaming <= before + 4,
                    "one pair at each end while streaming after 8 reconnects: " + before + " -> " + streaming);
        } finally {
            faults.clearAll();
            fixture.remove(cameraId);
        }
        Await.until("UDP sockets back to " + before, PATIENCE, () -> udpSockets() <= before);
    }

    /** A camera that ends sessions whose client stays silent for twice its 2 s timeout keeps streaming. */
    @Test
    void keepAlivesHoldAUdpSessionOfACameraThatTimesOutSilentClients() throws Exception {
        String cameraId = "udp-keep-alive";
        try (CameraSimulator strict = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(1)
                .size(320, 240).bitrateKbps(300).clipSeconds(2).sessionTimeout(Duration.ofSeconds(2)).build())) {
            fixture.apply(camera(cameraId, strict.url("cam1"), RecordingMode.OFF, true)
                    .withRtspTransport(RtspTransport.UDP));
            fixture.awaitConnections(cameraId, 1);
            long streamingSince = System.nanoTime();
            Await.until("ten seconds of streaming", Duration.ofSeconds(20),
                    () -> System.nanoTime() - streamingSince >= Duration.ofSeconds(10).toNanos()
                            && fixture.status(cameraId).framesReceived() >= 200);
            assertEquals(0, fixture.disconnections(cameraId), "the camera never timed the session out");
        } finally {
            fixture.remove(cameraId);
        }
    }

    private CameraConfiguration udpCamera(String cameraId, String simulatorCamera, RtspTransport transport) {
        return camera(cameraId, fixture.simulator.url(simulatorCamera), RecordingMode.ALWAYS, true)
                .withRtspTransport(transport);
    }

    private long rtpPacketsLost(String cameraId) {
        return fixture.health(cameraId).orElseThrow().getJsonNumber("rtpPacketsLost").longValue();
    }

    /** UDP sockets this process holds: its socket descriptors whose inodes the kernel lists as UDP. */
    private static int udpSockets() {
        Set<String> udpInodes = new HashSet<>();
        for (String table : List.of("/proc/net/udp", "/proc/net/udp6")) {
            try {
                List<String> lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] columns = line.trim().split("\\s+");
                    udpInodes.add(columns[9]);
                }
            } catch (IOException e) {
                // no IPv6 table on this machine
            }
        }
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return (int) descriptors.map(UdpRecordingIT::linkTarget)
                    .filter(target -> target.startsWith("socket:["))
                    .filter(target -> udpInodes.contains(target.substring(8, target.length() - 1)))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String linkTarget(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor).toString();
        } catch (IOException e) {
            return ""; // closed meanwhile
        }
    }
}
