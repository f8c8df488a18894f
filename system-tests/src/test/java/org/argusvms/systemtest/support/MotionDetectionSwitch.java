package org.argusvms.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.argusvms.recorder.protocol.FrameCodec;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.MotionSettings;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Switches motion detection on for a camera of the test recorder. The management server cannot configure motion yet
 * (docs/design/motion-detection.md, non-goals), so this sends the recorder the camera's own configuration (as the
 * recorder stored it) with {@code motion} added, over the command port, exactly as the resource adapter sends
 * configurations. Only {@code motion} changes, so the recorder applies it in place: the camera keeps recording.
 * The management server re-applies its own configuration (without motion) when the recorder registers again, e.g.
 * after the EAR was redeployed for the next test class; callers that wait for motion call this again while waiting.
 */
public final class MotionDetectionSwitch {

    private static final MotionSettings MOTION_ON = new MotionSettings(true, MotionSettings.DEFAULT_SENSITIVITY, 0,
            List.of(), List.of());

    private MotionDetectionSwitch() {
    }

    /** Switches motion detection on unless the recorder's configuration of the camera already has it on. */
    public static void switchOn(String cameraId) {
        JsonObject stored = Await.until("camera " + cameraId + " stored by the recorder", Duration.ofSeconds(30),
                () -> storedConfiguration(cameraId));
        if (stored.containsKey("motion") && stored.getJsonObject("motion").getBoolean("enabled", false)) {
            return;
        }
        JsonObject withMotion = Json.createObjectBuilder(stored).add("motion", MOTION_ON.toJson()).build();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", ArgusStack.RECORDER_CONTROL_PORT), 3000);
            socket.setSoTimeout(10_000);
            FrameCodec.write(socket.getOutputStream(), Frames.managementHello());
            Frames.requireSupportedVersion(FrameCodec.read(socket.getInputStream()));
            FrameCodec.write(socket.getOutputStream(), Frames.request(1, Frames.CMD_APPLY_CAMERA, withMotion));
            JsonObject answer = FrameCodec.read(socket.getInputStream());
            if (answer == null || !answer.getBoolean("ok", false)) {
                throw new IllegalStateException("the recorder refused motion detection for " + cameraId + ": " + answer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The camera's configuration in the recorder's state file, or null while the recorder does not know it. */
    private static JsonObject storedConfiguration(String cameraId) {
        Path file = ArgusStack.recorderStorage().resolve(".recorder").resolve("cameras.json");
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
            return reader.readObject().getJsonArray("cameras").stream().map(JsonValue::asJsonObject)
                    .filter(camera -> cameraId.equals(camera.getString("cameraId"))).findFirst().orElse(null);
        } catch (IOException e) {
            return null; // not written yet
        }
    }
}
