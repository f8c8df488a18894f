package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What a recorder needs to know about one camera. The password travels to the recorder (which owns the camera
 * socket) but never appears in {@link #toString()}, so it cannot leak into logs.
 *
 * @param retentionHours     optional: recordings older than this are deleted (null: no age limit)
 * @param retentionMegabytes optional: beyond this total the camera's oldest recordings are deleted (null: no limit)
 */
public record CameraConfiguration(String cameraId, String name, URI streamUrl, String username, String password,
                                  RecordingMode recordingMode, boolean enabled, Integer retentionHours,
                                  Long retentionMegabytes) {

    /** A camera without retention limits (kept until the disk needs the space). */
    public CameraConfiguration(String cameraId, String name, URI streamUrl, String username, String password,
                               RecordingMode recordingMode, boolean enabled) {
        this(cameraId, name, streamUrl, username, password, recordingMode, enabled, null, null);
    }

    public CameraConfiguration {
        if (retentionHours != null && retentionHours <= 0) {
            throw new IllegalArgumentException("retentionHours must be positive");
        }
        if (retentionMegabytes != null && retentionMegabytes <= 0) {
            throw new IllegalArgumentException("retentionMegabytes must be positive");
        }
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
        if (retentionHours != null) {
            builder.add("retentionHours", retentionHours);
        }
        if (retentionMegabytes != null) {
            builder.add("retentionMegabytes", retentionMegabytes);
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
                    json.getBoolean("enabled", true),
                    optionalPositive(json, "retentionHours") == null ? null
                            : Math.toIntExact(optionalPositive(json, "retentionHours")),
                    optionalPositive(json, "retentionMegabytes"));
        } catch (URISyntaxException e) {
            // the exception's message repeats the input, which may carry credentials: report only what is wrong
            throw JsonFields.invalid("streamUrl is not a valid URI: " + e.getReason() + " at index " + e.getIndex());
        } catch (IllegalArgumentException e) {
            throw JsonFields.invalid(e.getMessage());
        }
    }

    private static Long optionalPositive(JsonObject json, String name) throws ProtocolException {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() <= 0
                || number.longValue() > Integer.MAX_VALUE) {
            throw JsonFields.invalid("\"" + name + "\" must be a positive whole number");
        }
        return number.longValue();
    }

    @Override
    public String toString() {
        return "CameraConfiguration[cameraId=" + cameraId + ", name=" + name + ", streamUrl=" + streamUrl
                + ", username=" + username + ", password=" + (password == null ? "none" : "***")
                + ", recordingMode=" + recordingMode + ", enabled=" + enabled + ", retentionHours=" + retentionHours
                + ", retentionMegabytes=" + retentionMegabytes + "]";
    }
}
