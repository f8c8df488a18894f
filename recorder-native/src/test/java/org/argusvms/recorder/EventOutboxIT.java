package org.argusvms.recorder;

import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.ControlClient;
import org.argusvms.recorder.testing.ManagementStub;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.LongStream;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events a recorder produces while the management server's listener is down, kept across a restart of the recorder
 * itself, reach the listener when it comes back: all of them, in order, each acknowledged once.
 */
class EventOutboxIT {

    @TempDir
    Path storage;

    @Test
    void eventsFromAnOutageSurviveARecorderRestartAndArriveInOrderExactlyOnce() throws Exception {
        byte[] ticketKey = new SecureRandom().generateSeed(32);
        int managementPort = freePort(); // nobody listens there yet: WildFly is down
        CameraSimulator simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(1).build());
        try {
            Recorder first = RecorderFixture.startRecorder(storage, managementPort);
            try (ControlClient control = ControlClient.connect(first.controlPort())) {
                control.request(org.argusvms.recorder.protocol.Frames.CMD_APPLY_CAMERA,
                        camera("cam-1", simulator.url("cam1"), RecordingMode.ALWAYS, true).toJson());
                Await.until("camera connected and recording, unacknowledged", PATIENCE,
                        () -> first.health().getInt("unacknowledgedEvents") >= 2);
                control.request(org.argusvms.recorder.protocol.Frames.CMD_REMOVE_CAMERA,
                        jakarta.json.Json.createObjectBuilder().add("cameraId", "cam-1").build());
            }
            first.close();

            Recorder second = RecorderFixture.startRecorder(storage, managementPort);
            try (ManagementStub management = new ManagementStub(ticketKey, managementPort)) {
                Await.until("the buffered events acknowledged", PATIENCE,
                        () -> second.health().getInt("unacknowledgedEvents") == 0
                                && !management.events().isEmpty());

                List<RecorderEvent> delivered = management.events();
                List<Long> seqs = delivered.stream().map(RecorderEvent::seq).toList();
                assertEquals(LongStream.rangeClosed(seqs.get(0), seqs.get(0) + seqs.size() - 1).boxed().toList(), seqs,
                        "in order, without gaps or repeats");
                List<String> types = delivered.stream().map(RecorderEvent::eventType).toList();
                assertTrue(types.indexOf(RecorderEvent.CAMERA_CONNECTED) >= 0, "produced while WildFly was down: " + types);
                assertTrue(types.indexOf(RecorderEvent.RECORDING_STARTED) > types.indexOf(RecorderEvent.CAMERA_CONNECTED),
                        "in the order they happened: " + types);
                assertTrue(types.contains(RecorderEvent.RECORDING_STOPPED), "including the last before the restart: "
                        + types);
                assertEquals(management.received().size(), delivered.size(), "nothing sent twice");
            } finally {
                second.close();
            }
        } finally {
            simulator.stop();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
