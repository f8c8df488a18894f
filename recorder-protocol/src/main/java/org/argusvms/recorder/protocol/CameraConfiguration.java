package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a recorder needs to know about one camera. The password travels to the recorder (which owns the camera
 * socket) but never appears in {@link #toString()}, so it cannot leak into logs.
 *
 * @param retentionHours     optional: recordings older than this are deleted (null: no age limit)
 * @param retentionMegabytes optional: beyond this total the camera's oldest recordings are deleted (null: no limit)
 * @param triggeredRecording pre-/post-buffer and idle frame rate of triggered recording (null: the defaults); in JSON
 *                           the flat optional fields {@code preBufferSeconds}, {@code postBufferSeconds},
 *                           {@code idleRecording}
 * @param motion             motion detection on the recorder (null: off); in JSON the optional object {@code motion}
 * @param streamUrl          the camera's rtsp:// URL; optional when {@code onvifAddress} is set, then the recorder asks
 *                           the camera for it on every connect
 * @param onvifAddress       optional: the camera's ONVIF device service ({@code http(s)://host/onvif/device_service});
 *                           the recorder then finds the stream there and carries out PTZ and output commands over
 *                           ONVIF, with the same username and password as for RTSP
 * @param storageId          optional: the recorder storage new recordings go to (null or unknown: its default)
 * @param rtspTransport      how RTP travels from the camera (null: {@link RtspTransport#TCP}); in JSON the optional
 *                           string {@code rtspTransport}, absent from configurations written before it existed
 * @param liveStream         whether live viewers may get a second stream (null: {@link LiveStreamSource#PRIMARY},
 *                           one stream only); in JSON the optional string {@code liveStream}
 * @param liveStreamUrl      the second stream's rtsp:// URL (same credentials and transport as the primary); required
 *                           for {@link LiveStreamSource#SECONDARY} unless the camera has an ONVIF address (then
 *                           absent means its second H.264/H.265 profile); only with SECONDARY
 */
public record CameraConfiguration(String cameraId, String name, URI streamUrl, String username, String password,
                                  RecordingMode recordingMode, boolean enabled, Integer retentionHours,
                                  Long retentionMegabytes, TriggeredRecording triggeredRecording,
                                  MotionSettings motion, URI onvifAddress, String storageId,
                                  RtspTransport rtspTransport, LiveStreamSource liveStream, URI liveStreamUrl) {

    /** A camera with one stream for recording and live. */
    public CameraConfiguration(String cameraId, String name, URI streamUrl, String username, String password,
                               RecordingMode recordingMode, boolean enabled, Integer retentionHours,
                               Long retentionMegabytes, TriggeredRecording triggeredRecording,
                               MotionSettings motion, URI onvifAddress, String storageId,
                               RtspTransport rtspTransport) {
        this(cameraId, name, streamUrl, username, password, recordingMode, enabled, retentionHours,
                retentionMegabytes, triggeredRecording, motion, onvifAddress, storageId, rtspTransport,
                LiveStreamSource.PRIMARY, null);
    }

    /** A camera whose RTP comes interleaved in the RTSP connection (TCP). */
    public CameraConfiguration(String cameraId, String name, URI streamUrl, String username, String password,
                               RecordingMode recordingMode, boolean enabled, Integer retentionHours,
                               Long retentionMegabytes, TriggeredRecording triggeredRecording,
                               MotionSettings motion, URI onvifAddress, String storageId) {
        this(cameraId, name, streamUrl, username, password, recordingMode, enabled, retentionHours,
                retentionMegabytes, triggeredRecording, motion, onvifAddress, storageId, RtspTransport.TCP);
    }

    /** A camera recorded to its recorder's default storage. */
    public CameraConfiguration(String cameraId, String name, URI streamUrl, String username, String password,
                               RecordingMode recordingMode, boolean enabled, Integer retentionHours,
                               Long retentionMegabytes, TriggeredRecording triggeredRecording,
                               MotionSettings motion, URI onvifAddress) {
        this(cameraId, name, streamUrl, username, password, recordingMode, enabled, retentionHours,
                retentionMegabytes, triggeredRecording, motion, onvifAddress, null);
    }

    /** A camera known by its RTSP URL only (no ONVIF). */
    public CameraConfiguration(String cameraId, String name, URI streamUrl, String username, String password,
                               RecordingMode recordingMode, boolean enabled, Integer retentionHours,
                               Long retentionMegabytes, TriggeredRecording triggeredRecording,
                               MotionSettings motion) {
        this(cameraId, name, streamUrl, username, password, recordingMode, enabled, retentionHours,
                retentionMegabytes, triggeredRecording, motion, null);
    }

    /** A camera without motion detection. */
    public CameraConfiguration(String cameraId, String name, URI streamUrl, String username, String password,
                               RecordingMode recordingMode, boolean enabled, Integer retentionHours,
                               Long retentionMegabytes, TriggeredRecording triggeredRecording) {
        this(cameraId, name, streamUrl, username, password, recordingMode, enabled, retentionHours,
                retentionMegabytes, triggeredRecording, MotionSettings.OFF);
    }

    /** A camera recorded with the default pre-/post-buffer and full frame rate. */
    public CameraConfiguration(String cameraId, String name, URI streamUrl, String username, String password,
                               RecordingMode recordingMode, boolean enabled, Integer retentionHours,
                               Long retentionMegabytes) {
        this(cameraId, name, streamUrl, username, password, recordingMode, enabled, retentionHours,
                retentionMegabytes, TriggeredRecording.DEFAULTS);
    }

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
        if (streamUrl == null && onvifAddress == null) {
            throw new IllegalArgumentException("streamUrl (rtsp://) or onvifAddress (http(s)://) must be set");
        }
        if (streamUrl != null) {
            requireUrl("streamUrl", streamUrl, "rtsp");
        }
        if (onvifAddress != null) {
            requireUrl("onvifAddress", onvifAddress, "http", "https");
        }
        if (recordingMode == null) {
            throw new IllegalArgumentException("recordingMode must be set");
        }
        if (triggeredRecording == null) {
            triggeredRecording = TriggeredRecording.DEFAULTS;
        }
        if (motion == null) {
            motion = MotionSettings.OFF;
        }
        if (rtspTransport == null) {
            rtspTransport = RtspTransport.TCP;
        }
        if (liveStream == null) {
            liveStream = LiveStreamSource.PRIMARY;
        }
        requireLiveStream(liveStream, liveStreamUrl, onvifAddress);
    }

    private static void requireLiveStream(LiveStreamSource liveStream, URI liveStreamUrl, URI onvifAddress) {
        if (liveStreamUrl != null) {
            requireUrl("liveStreamUrl", liveStreamUrl, "rtsp");
            if (liveStream != LiveStreamSource.SECONDARY) {
                throw new IllegalArgumentException("liveStreamUrl is used only with liveStream SECONDARY");
            }
        } else if (liveStream == LiveStreamSource.SECONDARY && onvifAddress == null) {
            throw new IllegalArgumentException("liveStream SECONDARY needs a liveStreamUrl (rtsp://), or an"
                    + " onvifAddress whose second profile is the live stream");
        }
    }

    /** Whether live viewers may get a second stream besides the recorded one. */
    public boolean hasSecondaryLiveStream() {
        return liveStream == LiveStreamSource.SECONDARY;
    }

    private static void requireUrl(String field, URI url, String... schemes) {
        if (url.getScheme() == null || Arrays.stream(schemes).noneMatch(url.getScheme()::equalsIgnoreCase)
                || url.getHost() == null) {
            throw new IllegalArgumentException(field + " must be a " + String.join(":// or ", schemes)
                    + ":// URL with a host");
        }
        if (url.getUserInfo() != null) {
            throw new IllegalArgumentException("credentials belong in username/password, not in " + field);
        }
    }

    /** The same camera, streamed from {@code resolvedStreamUrl} (e.g. the one its ONVIF service named). */
    public CameraConfiguration withStreamUrl(URI resolvedStreamUrl) {
        return new CameraConfiguration(cameraId, name, resolvedStreamUrl, username, password, recordingMode, enabled,
                retentionHours, retentionMegabytes, triggeredRecording, motion, onvifAddress, storageId,
                rtspTransport, liveStream, liveStreamUrl);
    }

    /** The same camera, recorded to the storage {@code otherStorageId} (null: the recorder's default). */
    public CameraConfiguration withStorageId(String otherStorageId) {
        return new CameraConfiguration(cameraId, name, streamUrl, username, password, recordingMode, enabled,
                retentionHours, retentionMegabytes, triggeredRecording, motion, onvifAddress, otherStorageId,
                rtspTransport, liveStream, liveStreamUrl);
    }

    /** The same camera, its RTP received over {@code transport}. */
    public CameraConfiguration withRtspTransport(RtspTransport transport) {
        return new CameraConfiguration(cameraId, name, streamUrl, username, password, recordingMode, enabled,
                retentionHours, retentionMegabytes, triggeredRecording, motion, onvifAddress, storageId, transport,
                liveStream, liveStreamUrl);
    }

    /**
     * The camera's second stream as a camera of its own, for a live-only connection: streamed from
     * {@code liveStreamUrl} (or, without one, the ONVIF address's second profile), with the primary's credentials
     * and transport, never recorded, no motion detection.
     *
     * @throws IllegalStateException when the camera has no second stream
     */
    public CameraConfiguration secondaryLiveStream(String liveCameraId) {
        if (!hasSecondaryLiveStream()) {
            throw new IllegalStateException("camera " + cameraId + " has no second stream");
        }
        return new CameraConfiguration(liveCameraId, name, liveStreamUrl, username, password, RecordingMode.OFF,
                enabled, null, null, TriggeredRecording.DEFAULTS, MotionSettings.OFF,
                liveStreamUrl == null ? onvifAddress : null, null, rtspTransport);
    }

    public JsonObject toJson() {
        JsonObjectBuilder builder = Json.createObjectBuilder()
                .add("cameraId", cameraId)
                .add("name", name == null ? cameraId : name)
                .add("recordingMode", recordingMode.name())
                .add("enabled", enabled);
        if (streamUrl != null) {
            builder.add("streamUrl", streamUrl.toString());
        }
        if (onvifAddress != null) {
            builder.add("onvifAddress", onvifAddress.toString());
        }
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
        if (storageId != null) {
            builder.add("storageId", storageId);
        }
        builder.add("rtspTransport", rtspTransport.name());
        builder.add("liveStream", liveStream.name());
        if (liveStreamUrl != null) {
            builder.add("liveStreamUrl", liveStreamUrl.toString());
        }
        builder.add("preBufferSeconds", triggeredRecording.preBufferSeconds())
                .add("postBufferSeconds", triggeredRecording.postBufferSeconds())
                .add("idleRecording", triggeredRecording.idleRecording().name());
        if (!motion.equals(MotionSettings.OFF)) {
            builder.add("motion", motion.toJson());
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
                    optionalUri(json, "streamUrl"),
                    JsonFields.optionalString(json, "username"),
                    JsonFields.optionalString(json, "password"),
                    recordingMode,
                    json.getBoolean("enabled", true),
                    optionalPositive(json, "retentionHours") == null ? null
                            : Math.toIntExact(optionalPositive(json, "retentionHours")),
                    optionalPositive(json, "retentionMegabytes"),
                    triggeredRecordingFromJson(json),
                    json.containsKey("motion") && json.get("motion") != JsonValue.NULL
                            ? MotionSettings.fromJson(json.get("motion")) : MotionSettings.OFF,
                    optionalUri(json, "onvifAddress"),
                    JsonFields.optionalString(json, "storageId"),
                    rtspTransportFromJson(json),
                    liveStreamFromJson(json),
                    optionalUri(json, "liveStreamUrl"));
        } catch (IllegalArgumentException e) {
            throw JsonFields.invalid(e.getMessage());
        }
    }

    /** Absent (configurations from before the field existed): TCP, what every camera was received over then. */
    private static RtspTransport rtspTransportFromJson(JsonObject json) throws ProtocolException {
        String text = JsonFields.optionalString(json, "rtspTransport");
        if (text == null) {
            return RtspTransport.TCP;
        }
        return RtspTransport.parse(text).orElseThrow(() -> JsonFields.invalid("unknown rtspTransport "
                + text + " (" + RtspTransport.choices() + ")"));
    }

    /** Absent (configurations from before the field existed): PRIMARY, the one stream every camera had then. */
    private static LiveStreamSource liveStreamFromJson(JsonObject json) throws ProtocolException {
        String text = JsonFields.optionalString(json, "liveStream");
        if (text == null) {
            return LiveStreamSource.PRIMARY;
        }
        return LiveStreamSource.parse(text).orElseThrow(() -> JsonFields.invalid("unknown liveStream " + text
                + " (PRIMARY or SECONDARY)"));
    }

    private static URI optionalUri(JsonObject json, String name) throws ProtocolException {
        String text = JsonFields.optionalString(json, name);
        if (text == null) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            // the exception's message repeats the input, which may carry credentials: report only what is wrong
            throw JsonFields.invalid(name + " is not a valid URI: " + e.getReason() + " at index " + e.getIndex());
        }
    }

    /** Absent fields take their {@link TriggeredRecording#DEFAULTS}; out-of-range values are refused. */
    private static TriggeredRecording triggeredRecordingFromJson(JsonObject json) throws ProtocolException {
        TriggeredRecording defaults = TriggeredRecording.DEFAULTS;
        String idle = JsonFields.optionalString(json, "idleRecording");
        IdleRecording idleRecording = defaults.idleRecording();
        if (idle != null) {
            try {
                idleRecording = IdleRecording.valueOf(idle.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw JsonFields.invalid("unknown idleRecording " + idle + " (FULL or KEYFRAMES)");
            }
        }
        return new TriggeredRecording(optionalSeconds(json, "preBufferSeconds", defaults.preBufferSeconds()),
                optionalSeconds(json, "postBufferSeconds", defaults.postBufferSeconds()), idleRecording);
    }

    private static int optionalSeconds(JsonObject json, String name, int absent) throws ProtocolException {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return absent;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 0
                || number.longValue() > Integer.MAX_VALUE) {
            throw JsonFields.invalid("\"" + name + "\" must be a whole number of seconds, 0 or more");
        }
        return number.intValue();
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
                + ", retentionMegabytes=" + retentionMegabytes + ", triggeredRecording=" + triggeredRecording
                + ", motion=" + motion + ", onvifAddress=" + onvifAddress + ", storageId=" + storageId
                + ", rtspTransport=" + rtspTransport + ", liveStream=" + liveStream + ", liveStreamUrl="
                + liveStreamUrl + "]";
    }
}
