package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What a recorder needs to know about one camera. The password travels to the recorder (which owns the camera
 * socket) but never appears in {@link #toString()}, so it cannot leak into logs.
 */
public record CameraConfiguration(String cameraId, String name, URI streamUrl, String username, String password,
                                  RecordingMode recordingMode, boolean enabled) {

    public CameraConfiguration {
        if (cameraId == null || cameraId.isBlank()) {
            throw new IllegalArgumentException("cameraId must not be blank");
        }
        if (streamUrl == null || !"rtsp".equalsIgnoreCase(streamUrl.getScheme()) || streamUrl.getHost() == null) {
            throw new IllegalArgumentException("streamUrl must be an rtsp:// URL with a host");
        }
        if (streamUrl.getUserInfo() != null) {
            throw new IllegalArgumentException("credentials belong in username/password, not in the stream URL");
        }
        if (recordingMode == null) {
            throw new IllegalArgumentException("recordingMode must be set");
        }
    }

    public JsonObject toJson() {
        JsonObjectBuilder builder = Json.createObjectBuilder()
                .add("cameraId", cameraId)
                .add("name", name == null ? cameraId : name)
                .add("streamUrl", streamUrl.toString())
                .add("recordingMode", recordingMode.name())
                .add("enabled", enabled);
        if (username != null) {
            builder.add("username", username);
        }
        if (password != null) {
            builder.add("password", password);
        }
        return builder.build();
    }

    public static CameraConfiguration fromJson(JsonObject json) throws ProtocolException {
        String mode = JsonFields.requiredString(json, "recordingMode");
        RecordingMode recordingMode;
        try {
            recordingMode = RecordingMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw JsonFields.invalid("unknown recordingMode " + mode);
        }
        try {
            return new CameraConfiguration(
                    JsonFields.requiredString(json, "cameraId"),
                    JsonFields.optionalString(json, "name"),
                    new URI(JsonFields.requiredString(json, "streamUrl")),
                    JsonFields.optionalString(json, "username"),
                    JsonFields.optionalString(json, "password"),
                    recordingMode,
                    json.getBoolean("enabled", true));
        } catch (URISyntaxException e) {
            // the exception's message repeats the input, which may carry credentials: report only what is wrong
            throw JsonFields.invalid("streamUrl is not a valid URI: " + e.getReason() + " at index " + e.getIndex());
        } catch (IllegalArgumentException e) {
            throw JsonFields.invalid(e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "CameraConfiguration[cameraId=" + cameraId + ", name=" + name + ", streamUrl=" + streamUrl
                + ", username=" + username + ", password=" + (password == null ? "none" : "***")
                + ", recordingMode=" + recordingMode + ", enabled=" + enabled + "]";
    }
}
