package org.argusvms.recorder;

import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.ControlClient;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.recorder.testing.RecorderFixtureTest;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.argusvms.recorder.testing.RecorderFixture.disabled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording from a simulated camera through the whole recorder, checked with ffprobe as a user would. */
class RecordingIT extends RecorderFixtureTest {

    @Test
    void recordsEveryReceivedFrameIntoPlayableSegments() throws Exception {
        CameraConfiguration camera = camera("record-1", fixture.simulator.url("cam1"), RecordingMode.ALWAYS, true);
        fixture.apply(camera);
        Await.until("six seconds of video", PATIENCE, () -> fixture.status("record-1").framesReceived() >= 150);

        CameraStatus stopped = fixture.apply(disabled(camera));

        List<Path> segments = fixture.segmentFiles("record-1");
        assertFalse(segments.isEmpty());
        long frames = 0;
        double seconds = 0;
        long bytesOnDisk = 0;
        for (Path segment : segments) {
            Ffprobe.VideoReport report = Ffprobe.probe(segment);
            assertEquals("h264", report.codec());
            assertEquals(1280, report.width());
            assertEquals(720, report.height());
            assertEquals("", Ffprobe.decodeErrors(segment));
            List<Double> decodeTimes = Ffprobe.packetDecodeTimes(segment);
            for (int i = 1; i < decodeTimes.size(); i++) {
                assertEquals(0.040, decodeTimes.get(i) - decodeTimes.get(i - 1), 0.0015,
                        "frame interval at packet " + i + " of " + segment.getFileName());
            }
            frames += report.frames();
            seconds += report.durationSeconds();
            bytesOnDisk += Files.size(segment);
        }
        assertEquals("DISABLED", stopped.state());
        assertEquals(stopped.framesReceived(), frames, "every frame received reached the disk");
        assertEquals(frames / 25.0, seconds, 2 / 25.0, "duration matches 25 fps within two frames");
        assertEquals(bytesOnDisk, stopped.bytesWritten());
        Await.until("recording events", PATIENCE,
                () -> fixture.management.events(RecorderEvent.RECORDING_STOPPED, "record-1").size() == 1);
        assertEquals(1, fixture.management.events(RecorderEvent.RECORDING_STARTED, "record-1").size());
        RecorderEvent connected = fixture.management.events(RecorderEvent.CAMERA_CONNECTED, "record-1").get(0);
        assertEquals("1280", connected.attributes().get("width"));
        assertEquals("720", connected.attributes().get("height"));
        assertTrue(connected.attributes().get("codec").startsWith("avc1.6"), "High profile");
    }

    @Test
    void aRestartedRecorderRecordsItsCamerasAgainWhileTheManagementServerIsDown() throws Exception {
        Path storage = Files.createTempDirectory("recorder-restart");
        int deadManagementPort;
        try (ServerSocket reserved = new ServerSocket(0)) {
            deadManagementPort = reserved.getLocalPort();
        }
        try (Recorder first = RecorderFixture.startRecorder(storage, fixture.management.port());
             ControlClient control = ControlClient.connect(first.controlPort())) {
            JsonObject applied = control.request(Frames.CMD_APPLY_CAMERA,
                    camera("persist-1", fixture.simulator.url("cam2"), RecordingMode.ALWAYS, true).toJson());
            assertTrue(applied.getBoolean("ok"), applied.toString());
        }
        Path configuration = storage.resolve(".recorder/cameras.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(configuration)));

        try (Recorder restarted = RecorderFixture.startRecorder(storage, deadManagementPort);
             ControlClient control = ControlClient.connect(restarted.controlPort())) {
            Await.until("recording again", PATIENCE, () -> {
                CameraStatus status = RecorderFixture.recorderStatus(control).camera("persist-1");
                return status != null && status.bytesWritten() > 0 && status.framesReceived() > 25;
            });
        }
    }
}
