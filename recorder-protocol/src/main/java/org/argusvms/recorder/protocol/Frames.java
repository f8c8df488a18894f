package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Builders for the frames of protocol version 1, so that both peers spell them identically. */
public final class Frames {

    public static final String HELLO = "hello";
    public static final String WELCOME = "welcome";
    public static final String REQUEST = "request";
    public static final String RESPONSE = "response";
    public static final String EVENT = "event";
    public static final String ACK = "ack";
    public static final String HEARTBEAT = "heartbeat";
    public static final String ERROR = "error";

    /** Command names understood by recorders. */
    public static final String CMD_PING = "ping";
    public static final String CMD_GET_STATUS = "getStatus";
    public static final String CMD_APPLY_CAMERA = "applyCameraConfiguration";
    public static final String CMD_REMOVE_CAMERA = "removeCamera";
    /** Protects {@code {lockId, cameraId, from, to}} of a camera's recordings from deletion. */
    public static final String CMD_LOCK_RANGE = "lockRange";
    /** Releases {@code {lockId}}. */
    public static final String CMD_UNLOCK_RANGE = "unlockRange";
    /**
     * Triggers recording of {@code {cameraId, seconds, reason}}: the event lasts {@code seconds} (0 for a moment) and
     * recording (EVENT/MOTION mode) or the full frame rate (ALWAYS with idle KEYFRAMES) continues until the camera's
     * post-buffer after it; overlapping triggers extend. Answers {@code {cameraId, triggered, until}} ({@code until}
     * only when triggered: a camera in OFF mode is not); UNKNOWN_CAMERA if the recorder lacks the camera.
     */
    public static final String CMD_TRIGGER_RECORDING = "triggerRecording";
    /**
     * Moves the PTZ camera {@code {cameraId, presetToken}} to one of its presets over ONVIF; answers
     * {@code {cameraId, presetToken}}. NOT_SUPPORTED for a camera without ONVIF address, INVALID_ARGUMENT also for a
     * preset the camera does not know, CAMERA_ERROR when the camera refuses otherwise or cannot be reached.
     */
    public static final String CMD_PTZ_GOTO_PRESET = "ptzGotoPreset";
    /**
     * Starts a continuous PTZ move {@code {cameraId, pan, tilt, zoom, seconds}} (velocities -1..1, seconds 1..60 after
     * which the camera stops by itself), or stops one with all velocities 0. Errors as {@link #CMD_PTZ_GOTO_PRESET}.
     */
    public static final String CMD_PTZ_MOVE = "ptzMove";
    /**
     * Switches the camera's relay output {@code {cameraId, outputToken, active}} over ONVIF; answers the same fields.
     * Errors as {@link #CMD_PTZ_GOTO_PRESET}.
     */
    public static final String CMD_SET_OUTPUT = "setOutput";
    /**
     * Replaces the recorder's storage set {@code {"storages":[StorageConfiguration…]}} (exactly one default); the
     * recorder creates and probes each directory first and answers INVALID_ARGUMENT, changing nothing, if one cannot
     * be written. Answers {@code {"storages":[StorageUsage…]}}.
     */
    public static final String CMD_APPLY_STORAGES = "applyStorages";
    /** Answers {@code {"storages":[StorageUsage…]}}: space and oldest recording per storage. */
    public static final String CMD_GET_STORAGES = "getStorages";

    private Frames() {
    }

    /** First frame of the management side on a command connection. */
    public static JsonObject managementHello() {
        return Json.createObjectBuilder()
                .add("type", HELLO).add("protocol", FrameCodec.PROTOCOL_VERSION).add("role", "management").build();
    }

    /** First frame of a recorder on the event connection; it registers the recorder with the management server. */
    public static JsonObject recorderHello(RecorderRegistration registration) {
        return Json.createObjectBuilder(registration.toJson())
                .add("type", HELLO).add("protocol", FrameCodec.PROTOCOL_VERSION).add("role", "recorder").build();
    }

    /** The recorder's answer to {@link #managementHello()}. */
    public static JsonObject recorderHelloAnswer(String recorderId, String version) {
        return Json.createObjectBuilder()
                .add("type", HELLO).add("protocol", FrameCodec.PROTOCOL_VERSION)
                .add("recorderId", recorderId).add("version", version).build();
    }

    /**
     * The management server's answer to a recorder's hello. It carries the key (base64) recorders use to verify
     * media tickets.
     */
    public static JsonObject welcome(String mediaTicketKeyBase64) {
        return Json.createObjectBuilder()
                .add("type", WELCOME).add("protocol", FrameCodec.PROTOCOL_VERSION)
                .add("mediaTicketKey", mediaTicketKeyBase64).build();
    }

    public static JsonObject request(long id, String command, JsonObject body) {
        return Json.createObjectBuilder()
                .add("type", REQUEST).add("id", id).add("command", command).add("body", body).build();
    }

    public static JsonObject okResponse(long id, JsonObject body) {
        return Json.createObjectBuilder().add("type", RESPONSE).add("id", id).add("ok", true).add("body", body).build();
    }

    public static JsonObject errorResponse(long id, ErrorCode code, String message) {
        return Json.createObjectBuilder().add("type", RESPONSE).add("id", id).add("ok", false)
                .add("error", error(code, message)).build();
    }

    /** A protocol-level error, sent just before closing the connection. */
    public static JsonObject error(ErrorCode code, String message) {
        return Json.createObjectBuilder().add("type", ERROR).add("code", code.name()).add("message", message).build();
    }

    public static JsonObject event(RecorderEvent event) {
        JsonObjectBuilder builder = Json.createObjectBuilder(event.toJson());
        return builder.add("type", EVENT).build();
    }

    public static JsonObject ack(long seq) {
        return Json.createObjectBuilder().add("type", ACK).add("seq", seq).build();
    }

    public static JsonObject heartbeat() {
        return Json.createObjectBuilder().add("type", HEARTBEAT).build();
    }

    /** Fails with {@link ErrorCode#UNSUPPORTED_PROTOCOL} unless the hello names version {@value FrameCodec#PROTOCOL_VERSION}. */
    public static void requireSupportedVersion(JsonObject hello) throws ProtocolException {
        if (!HELLO.equals(hello.getString("type", "")) && !WELCOME.equals(hello.getString("type", ""))) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "expected hello, got " + hello.getString("type", "?"));
        }
        int version = hello.getInt("protocol", -1);
        if (version != FrameCodec.PROTOCOL_VERSION) {
            throw new ProtocolException(ErrorCode.UNSUPPORTED_PROTOCOL,
                    "protocol version " + version + " not supported; this side speaks " + FrameCodec.PROTOCOL_VERSION);
        }
    }
}
