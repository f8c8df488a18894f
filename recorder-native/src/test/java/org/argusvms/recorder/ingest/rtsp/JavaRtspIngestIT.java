package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.ingest.CameraPipeline;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The java ingest against the camera simulator, without the rest of the recorder. */
class JavaRtspIngestIT {

    private static final String PASSWORD = "Right-Pa55";
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static CameraSimulator simulator;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(1).credentials("admin", PASSWORD)
                .build());
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    /** Everything a pipeline reported, from its selector thread. */
    private static final class Reported implements CameraPipeline.Listener {
        final List<Object> events = new CopyOnWriteArrayList<>();
        final List<byte[]> accessUnits = new CopyOnWriteArrayList<>();
        final List<Long> timestamps = new CopyOnWriteArrayList<>();
        final List<Boolean> keyframes = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();

        @Override
        public void onVideoCodec(VideoCodec codec) {
            events.add(codec);
        }

        @Override
        public void onAccessUnit(byte[] annexB, long ptsNanos, long dtsNanos, boolean keyframe) {
            events.add("access unit");
            accessUnits.add(annexB);
            timestamps.add(ptsNanos);
            keyframes.add(keyframe);
        }

        @Override
        public void onFailure(String reason) {
            failures.add(reason);
        }
    }

    private static CameraPipeline open(String url, String password, Reported reported) {
        CameraPipeline pipeline = new JavaRtspIngest().open(new CameraConfiguration("it", "it", URI.create(url),
                "admin", password, RecordingMode.ALWAYS, true), reported);
        pipeline.start();
        return pipeline;
    }

    @Test
    void streamsADigestProtectedCameraAsKeyframesWithParameterSetsAtItsFrameRateAndStopsAtClose() throws Exception {
        Reported reported = new Reported();
        CameraPipeline pipeline = open(simulator.url("cam1"), PASSWORD, reported);
        try {
            Await.until("50 access units", PATIENCE, () -> reported.accessUnits.size() >= 50);
        } finally {
            pipeline.close();
        }
        int afterClose = reported.accessUnits.size();

        assertEquals(VideoCodec.H264, reported.events.get(0), "the codec is announced first");
        int keyframe = reported.keyframes.indexOf(true);
        assertTrue(keyframe >= 0, "a key frame among the first 50 (GOP 1 s)");
        byte[] first = reported.accessUnits.get(keyframe);
        assertEquals(7, first[4] & 0x1F, "a key frame starts with its SPS");
        long interval = reported.timestamps.get(keyframe + 1) - reported.timestamps.get(keyframe);
        assertEquals(40_000_000L, interval, 1_000_000L, "25 fps in nanoseconds of RTP time");
        assertTrue(reported.failures.isEmpty(), reported.failures.toString());
        Thread.sleep(300); // nothing may arrive after close() returned; there is no event to await
        assertEquals(afterClose, reported.accessUnits.size(), "no access unit after close()");
        pipeline.close(); // idempotent
    }

    @Test
    void aWrongPasswordAndARefusedConnectionFailWithReasonsThatNameNoSecret() throws Exception {
        Reported wrongPassword = new Reported();
        CameraPipeline refusedCredentials = open(simulator.url("cam1"), "Wrong-Pa55", wrongPassword);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Reported nobodyListening = new Reported();
        CameraPipeline refusedConnection = open("rtsp://127.0.0.1:" + closedPort + "/cam1", PASSWORD,
                nobodyListening);
        try {
            Await.until("both failures", PATIENCE,
                    () -> !wrongPassword.failures.isEmpty() && !nobodyListening.failures.isEmpty());
        } finally {
            refusedCredentials.close();
            refusedConnection.close();
        }

        assertTrue(wrongPassword.failures.get(0).startsWith("camera refused the credentials (401"),
                wrongPassword.failures.toString());
        assertTrue(nobodyListening.failures.get(0).startsWith("cannot connect to 127.0.0.1:" + closedPort),
                nobodyListening.failures.toString());
        for (String reason : List.of(wrongPassword.failures.get(0), nobodyListening.failures.get(0))) {
            assertFalse(reason.contains(PASSWORD) || reason.contains("Wrong-Pa55"), reason);
        }
        assertTrue(wrongPassword.accessUnits.isEmpty());
    }
}
