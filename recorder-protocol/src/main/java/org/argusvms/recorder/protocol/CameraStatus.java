package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A camera's state as its recorder sees it. {@code state} is one of CONNECTING, STREAMING, DISCONNECTED, DISABLED.
 * {@code recording} says whether a segment is being written right now (always, or a triggered recording running);
 * null from a recorder that does not report it. {@code rtspTransport} is how the camera's RTP arrives on the current
 * connection (TCP or UDP; with AUTO the one that was chosen), null while none streams or from an older recorder.
 * {@code secondaryStream} is the state of the camera's second (live-only) stream, null when it has none or the
 * recorder is older.
 */
public record CameraStatus(String cameraId, String state, long framesReceived, long bytesWritten, String lastError,
                           Boolean recording, String rtspTransport, SecondaryStreamStatus secondaryStream) {

    /** A camera with one stream. */
    public CameraStatus(String cameraId, String state, long framesReceived, long bytesWritten, String lastError,
                        Boolean recording, String rtspTransport) {
        this(cameraId, state, framesReceived, bytesWritten, lastError, recording, rtspTransport, null);
    }

    public JsonObject toJson() {
        var builder = Json.createObjectBuilder()
                .add("cameraId", cameraId).add("state", state)
                .add("framesReceived", framesReceived).add("bytesWritten", bytesWritten);
        if (lastError != null) {
            builder.add("lastError", lastError);
        }
        if (recording != null) {
            builder.add("recording", recording);
        }
        if (rtspTransport != null) {
            builder.add("rtspTransport", rtspTransport);
        }
        if (secondaryStream != null) {
            builder.add("secondaryStream", secondaryStream.toJson());
        }
        return builder.build();
    }

    public static CameraStatus fromJson(JsonObject json) throws ProtocolException {
        return new CameraStatus(
                JsonFields.requiredString(json, "cameraId"),
                JsonFields.requiredString(json, "state"),
                JsonFields.requiredLong(json, "framesReceived"),
                JsonFields.requiredLong(json, "bytesWritten"),
                JsonFields.optionalString(json, "lastError"),
                JsonFields.optionalBoolean(json, "recording"),
                JsonFields.optionalString(json, "rtspTransport"),
                secondaryStreamFromJson(json));
    }

    private static SecondaryStreamStatus secondaryStreamFromJson(JsonObject json) throws ProtocolException {
        JsonValue value = json.get("secondaryStream");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw JsonFields.invalid("\"secondaryStream\" must be an object");
        }
        return SecondaryStreamStatus.fromJson(object);
    }
}
