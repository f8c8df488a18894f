package org.argusvms.recorder.onvif;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.ProtocolException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The control-protocol commands a recorder carries out over a camera's ONVIF services: {@code ptzGotoPreset},
 * {@code ptzMove} and {@code setOutput}. Bodies are validated before the camera is contacted, so bad input changes
 * nothing. A preset or output the camera does not know is INVALID_ARGUMENT too (the camera said ter:InvalidArgVal);
 * other refusals (wrong credentials, no PTZ) and unreachable cameras are CAMERA_ERROR.
 */
public final class OnvifCommands {

    private static final Logger LOG = Logger.getLogger(OnvifCommands.class.getName());
    /** ONVIF tokens are xs:string of ReferenceToken, at most 64 characters. */
    private static final int MAX_TOKEN_LENGTH = 64;
    private static final int MAX_CAMERA_ID_LENGTH = 128;
    private static final int MAX_MOVE_SECONDS = 60;

    private final Function<String, Optional<CameraConfiguration>> cameras;
    private final OnvifSettings settings;
    private final Clock clock;

    /** @param cameras the configuration of a camera of this recorder by id */
    public OnvifCommands(Function<String, Optional<CameraConfiguration>> cameras, OnvifSettings settings,
                         Clock clock) {
        this.cameras = cameras;
        this.settings = settings;
        this.clock = clock;
    }

    public static boolean handles(String command) {
        return command.equals(Frames.CMD_PTZ_GOTO_PRESET) || command.equals(Frames.CMD_PTZ_MOVE)
                || command.equals(Frames.CMD_SET_OUTPUT);
    }

    /**
     * @throws ProtocolException INVALID_ARGUMENT, UNKNOWN_CAMERA, NOT_SUPPORTED (no ONVIF address) or CAMERA_ERROR
     */
    public JsonObject handle(String command, JsonObject body) throws ProtocolException {
        String cameraId = token(body, "cameraId", MAX_CAMERA_ID_LENGTH);
        return switch (command) {
            case Frames.CMD_PTZ_GOTO_PRESET -> {
                String preset = token(body, "presetToken", MAX_TOKEN_LENGTH);
                OnvifCamera camera = connect(cameraId);
                onCamera(cameraId, command, () -> camera.gotoPreset(camera.mainProfile().token(), preset));
                yield Json.createObjectBuilder().add("cameraId", cameraId).add("presetToken", preset).build();
            }
            case Frames.CMD_PTZ_MOVE -> move(cameraId, body);
            case Frames.CMD_SET_OUTPUT -> {
                String output = token(body, "outputToken", MAX_TOKEN_LENGTH);
                JsonValue activeValue = body.get("active");
                if (activeValue == null || (activeValue.getValueType() != JsonValue.ValueType.TRUE
                        && activeValue.getValueType() != JsonValue.ValueType.FALSE)) {
                    throw invalid("\"active\" must be true or false");
                }
                boolean active = activeValue.getValueType() == JsonValue.ValueType.TRUE;
                OnvifCamera camera = connect(cameraId);
                onCamera(cameraId, command, () -> camera.setRelayOutputState(output, active));
                yield Json.createObjectBuilder().add("cameraId", cameraId).add("outputToken", output)
                        .add("active", active).build();
            }
            default -> throw new ProtocolException(ErrorCode.UNKNOWN_COMMAND, "unknown command " + command);
        };
    }

    private JsonObject move(String cameraId, JsonObject body) throws ProtocolException {
        double pan = velocity(body, "pan");
        double tilt = velocity(body, "tilt");
        double zoom = velocity(body, "zoom");
        if (!(body.get("seconds") instanceof JsonNumber seconds) || !seconds.isIntegral()
                || seconds.longValue() < 1 || seconds.longValue() > MAX_MOVE_SECONDS) {
            throw invalid("\"seconds\" must be a whole number 1.." + MAX_MOVE_SECONDS);
        }
        OnvifCamera camera = connect(cameraId);
        boolean stop = pan == 0 && tilt == 0 && zoom == 0;
        onCamera(cameraId, Frames.CMD_PTZ_MOVE, () -> {
            String profile = camera.mainProfile().token();
            if (stop) {
                camera.stop(profile);
            } else {
                camera.continuousMove(profile, pan, tilt, zoom, Duration.ofSeconds(seconds.longValue()));
            }
        });
        return Json.createObjectBuilder().add("cameraId", cameraId).add("moving", !stop).build();
    }

    private OnvifCamera connect(String cameraId) throws ProtocolException {
        CameraConfiguration configuration = cameras.apply(cameraId).orElseThrow(() ->
                new ProtocolException(ErrorCode.UNKNOWN_CAMERA, "this recorder has no camera " + cameraId));
        if (configuration.onvifAddress() == null) {
            throw new ProtocolException(ErrorCode.NOT_SUPPORTED, "camera " + cameraId
                    + " has no ONVIF address; PTZ and outputs need one");
        }
        try {
            return OnvifCamera.connect(configuration.onvifAddress(), configuration.username(),
                    configuration.password(), settings, clock);
        } catch (OnvifException e) {
            throw cameraError(cameraId, "connect", e);
        }
    }

    private interface CameraCall {
        void run() throws OnvifException;
    }

    private static void onCamera(String cameraId, String command, CameraCall call) throws ProtocolException {
        try {
            call.run();
        } catch (OnvifException e) {
            throw cameraError(cameraId, command, e);
        }
    }

    /** An argument the camera does not know (preset, output) is the caller's error; anything else the camera's. */
    private static ProtocolException cameraError(String cameraId, String command, OnvifException e) {
        LOG.warning(() -> "camera " + cameraId + ": " + command + " over ONVIF failed: " + e.getMessage());
        return new ProtocolException(e.isInvalidArgument() ? ErrorCode.INVALID_ARGUMENT : ErrorCode.CAMERA_ERROR,
                "camera " + cameraId + " refused or did not answer " + command + ": " + e.getMessage());
    }

    private static String token(JsonObject body, String name, int maxLength) throws ProtocolException {
        if (!(body.get(name) instanceof JsonString value) || value.getString().isBlank()
                || value.getString().length() > maxLength
                || value.getString().chars().anyMatch(Character::isISOControl)) {
            throw invalid("\"" + name + "\" must be a non-empty string of at most " + maxLength
                    + " printable characters");
        }
        return value.getString();
    }

    private static double velocity(JsonObject body, String name) throws ProtocolException {
        JsonValue value = body.get(name);
        if (value == null) {
            return 0;
        }
        if (!(value instanceof JsonNumber number) || !(number.doubleValue() >= -1 && number.doubleValue() <= 1)) {
            throw invalid("\"" + name + "\" must be a number from -1 to 1");
        }
        return number.doubleValue();
    }

    private static ProtocolException invalid(String message) {
        return new ProtocolException(ErrorCode.INVALID_ARGUMENT, message);
    }
}
