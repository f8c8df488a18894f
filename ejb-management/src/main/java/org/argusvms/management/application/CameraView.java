package org.argusvms.management.application;

import org.argusvms.recorder.protocol.LiveStreamSource;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.SecondaryStreamStatus;
import org.argusvms.recorder.protocol.RtspTransport;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.io.Serializable;

/**
 * A camera as clients see it: configuration without secrets, plus the live state its recorder reports
 * ({@code state} is CONNECTING, STREAMING, DISCONNECTED, DISABLED or UNKNOWN when the recorder cannot be asked).
 * {@code preBufferSeconds}, {@code postBufferSeconds} and {@code idleRecording} say how triggered recording behaves
 * (docs/design/recording-modes.md). {@code onvifAddress} is the camera's ONVIF device service (null if none);
 * {@code streamUrl} may then be null, the recorder asks the camera for it. {@code username} is the camera's user
 * name (null if none); the password is never part of a view. {@code motion} is the camera's motion detection on
 * its recorder (docs/design/motion-detection.md). {@code storageId} is the storage of its recorder it records to
 * (null: the recorder's default storage; docs/design/storages.md). {@code recording} is whether its recorder writes it
 * to disk right now (null when the recorder cannot be asked or does not say). {@code rtspTransport} is the configured
 * RTP transport (TCP, UDP or AUTO); {@code rtspTransportInUse} the one its recorder receives over now (TCP or UDP,
 * what AUTO chose; null when the recorder cannot be asked or does not say; docs/design/rtsp-ingest.md).
 * {@code liveStream} is PRIMARY (one stream) or SECONDARY (a second stream for small live tiles, from
 * {@code liveStreamUrl} or, when that is null, the ONVIF camera's second profile; docs/design/live-streaming.md);
 * {@code secondaryStream} what its recorder reports of that stream (state, picture size, reconnects; null without one
 * or when the recorder cannot be asked).
 * Built in code with {@link #builder(String, String)}.
 */
public record CameraView(String id, String name, String streamUrl, String recorderId, String recordingMode,
                         boolean enabled, long version, String state, String lastError, int preBufferSeconds,
                         int postBufferSeconds, String idleRecording, String onvifAddress, String username,
                         CameraMotion motion, String storageId, Boolean recording, String rtspTransport,
                         String rtspTransportInUse, String liveStream, String liveStreamUrl,
                         SecondaryStreamStatus secondaryStream)
        implements Serializable {

    /**
     * A view of camera {@code id} named {@code name}: recording ALWAYS, enabled, version 0, state UNKNOWN, the
     * recorder's default triggered recording, no motion detection, TCP, until the builder says otherwise.
     */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** Names each field, so that callers need not pass a dozen positional values. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String streamUrl;
        private String recorderId;
        private String recordingMode = "ALWAYS";
        private boolean enabled = true;
        private long version;
        private String state = "UNKNOWN";
        private String lastError;
        private int preBufferSeconds = TriggeredRecording.DEFAULTS.preBufferSeconds();
        private int postBufferSeconds = TriggeredRecording.DEFAULTS.postBufferSeconds();
        private String idleRecording = TriggeredRecording.DEFAULTS.idleRecording().name();
        private String onvifAddress;
        private String username;
        private CameraMotion motion = CameraMotion.of(MotionSettings.OFF);
        private String storageId;
        private Boolean recording;
        private String rtspTransport = RtspTransport.TCP.name();
        private String rtspTransportInUse;
        private String liveStream = LiveStreamSource.PRIMARY.name();
        private String liveStreamUrl;
        private SecondaryStreamStatus secondaryStream;

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder streamUrl(String value) {
            streamUrl = value;
            return this;
        }

        public Builder recorderId(String value) {
            recorderId = value;
            return this;
        }

        public Builder recordingMode(String value) {
            recordingMode = value;
            return this;
        }

        public Builder enabled(boolean value) {
            enabled = value;
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        /** What the recorder reports: its state and, if it failed, why. */
        public Builder state(String value, String error) {
            state = value;
            lastError = error;
            return this;
        }

        public Builder triggeredRecording(int preBuffer, int postBuffer, String idle) {
            preBufferSeconds = preBuffer;
            postBufferSeconds = postBuffer;
            idleRecording = idle;
            return this;
        }

        public Builder onvifAddress(String value) {
            onvifAddress = value;
            return this;
        }

        public Builder username(String value) {
            username = value;
            return this;
        }

        public Builder motion(CameraMotion value) {
            motion = value;
            return this;
        }

        public Builder storageId(String value) {
            storageId = value;
            return this;
        }

        public Builder recording(Boolean value) {
            recording = value;
            return this;
        }

        /** The configured transport and the one in use (null: unknown). */
        public Builder rtspTransport(String configured, String inUse) {
            rtspTransport = configured;
            rtspTransportInUse = inUse;
            return this;
        }

        /** The second stream for live viewing: PRIMARY or SECONDARY, and its URL (null: none or ONVIF's). */
        public Builder liveStream(String source, String url) {
            liveStream = source;
            liveStreamUrl = url;
            return this;
        }

        /** What the recorder reports of the camera's second stream (null: none, or unknown). */
        public Builder secondaryStream(SecondaryStreamStatus value) {
            secondaryStream = value;
            return this;
        }

        public CameraView build() {
            return new CameraView(id, name, streamUrl, recorderId, recordingMode, enabled, version, state, lastError,
                    preBufferSeconds, postBufferSeconds, idleRecording, onvifAddress, username, motion, storageId,
                    recording, rtspTransport, rtspTransportInUse, liveStream, liveStreamUrl, secondaryStream);
        }
    }
}
