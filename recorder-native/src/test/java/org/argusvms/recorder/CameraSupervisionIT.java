package org.argusvms.recorder;

import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.recorder.testing.RecorderFixtureTest;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cameras that go away, never answer or want credentials: reconnects, backoff, events and no leaks. */
class CameraSupervisionIT extends RecorderFixtureTest {

    @Test
    void reconnectsWhenTheCameraComesBackOnTheSamePort() throws Exception {
        CameraSimulator camera = CameraSimulator.start(SimulatorConfig.builder().port(0).build());
        int port = camera.port();
        try {
            fixture.apply(camera("flaky-1", camera.url("cam1"), RecordingMode.OFF, true));
            Await.until("connected", PATIENCE, () -> connectedEvents("flaky-1") == 1);

            camera.stop();
            Await.until("disconnected", PATIENCE,
                    () -> fixture.management.events(RecorderEvent.CAMERA_DISCONNECTED, "flaky-1").size() == 1);
            camera = CameraSimulator.start(SimulatorConfig.builder().port(port).build());

            Await.until("connected again", PATIENCE, () -> connectedEvents("flaky-1") == 2);
            assertEquals("STREAMING", fixture.status("flaky-1").state());
        } finally {
            camera.stop();
            fixture.remove("flaky-1");
        }
    }

    @Test
    void anUnreachableCameraIsRetriedWithBackoffWithoutGrowingThreads() throws Exception {
        int unusedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            unusedPort = probe.getLocalPort();
        }
        fixture.apply(camera("dead-1", "rtsp://127.0.0.1:" + unusedPort + "/nothing", RecordingMode.ALWAYS, true));
        Await.until("disconnected", PATIENCE,
                () -> fixture.management.events(RecorderEvent.CAMERA_DISCONNECTED, "dead-1").size() == 1);
        int threadsAfterFirstAttempt = Thread.activeCount();

        // retries after 250 ms, 500 ms, 1 s, 2 s, 2 s, ...: at least five more attempts
        long deadline = System.nanoTime() + Duration.ofSeconds(7).toNanos();
        int maxThreads = 0;
        while (System.nanoTime() < deadline) {
            maxThreads = Math.max(maxThreads, Thread.activeCount());
            Thread.sleep(100);
        }

        CameraStatus status = fixture.status("dead-1");
        assertFalse(status.lastError() == null || status.lastError().isBlank(), "the failure is reported");
        assertEquals(0, status.framesReceived());
        assertEquals(1, fixture.management.events(RecorderEvent.CAMERA_DISCONNECTED, "dead-1").size(),
                "one event per outage, not per attempt");
        assertTrue(maxThreads <= threadsAfterFirstAttempt + 4,
                "threads " + threadsAfterFirstAttempt + " -> " + maxThreads);
        fixture.remove("dead-1");
    }

    @Test
    void camerasThatRequireCredentialsStreamAndPasswordsNeverReachLogsStatusOrEvents() throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new SimpleFormatter().formatMessage(record) + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try (CameraSimulator guarded = CameraSimulator.start(SimulatorConfig.builder().port(0)
                .credentials("admin", "Right-Pa55").build())) {
            URI url = URI.create(guarded.url("cam1"));
            fixture.apply(new CameraConfiguration("auth-ok", "Guarded", url, "admin", "Right-Pa55",
                    RecordingMode.OFF, true));
            fixture.apply(new CameraConfiguration("auth-bad", "Guarded", url, "admin", "Wrong-Pa55",
                    RecordingMode.OFF, true));

            Await.until("the right password streams", PATIENCE,
                    () -> fixture.status("auth-ok").framesReceived() > 0);
            Await.until("the wrong one is refused", PATIENCE,
                    () -> fixture.management.events(RecorderEvent.CAMERA_DISCONNECTED, "auth-bad").size() == 1);

            assertEquals(0, fixture.status("auth-bad").framesReceived());
            String everything = String.join("\n", logged) + fixture.recorderStatus().toJson()
                    + fixture.httpGet("/health").body() + fixture.management.events();
            assertFalse(everything.contains("Right-Pa55"));
            assertFalse(everything.contains("Wrong-Pa55"));
        } finally {
            root.removeHandler(capture);
            fixture.remove("auth-ok");
            fixture.remove("auth-bad");
        }
    }

    private int connectedEvents(String cameraId) {
        return fixture.management.events(RecorderEvent.CAMERA_CONNECTED, cameraId).size();
    }
}
