package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * What an administrator supplies to add a camera; validated by {@link CameraService#addCamera}. The triggered
 * recording fields are optional: absent ones take the recorder's defaults (5 s, 10 s, FULL) on a new camera and
 * keep their stored value on a change. A camera needs {@code streamUrl} (rtsp://), {@code onvifAddress} (its ONVIF
 * device service, http(s)://), or both; with only the ONVIF address the recorder asks the camera for its stream.
 * {@code motion} is optional: without it motion detection is off, unless {@code recordingMode} is MOTION, which
 * switches it on (recording on motion needs the detection). {@code storageId} is optional: the storage of its
 * recording server the camera records to (absent: the recorder's default storage; docs/design/storages.md).
 * {@code rtspTransport} is optional: how the camera's RTP reaches the recorder, TCP, UDP or AUTO (absent: TCP on a
 * new camera, the stored one on a change; docs/design/rtsp-ingest.md). {@code liveStream} (PRIMARY or SECONDARY) and
 * {@code liveStreamUrl} (rtsp://) are optional: a second, smaller stream for small live tiles, with the same credentials
 * and transport; a URL alone means SECONDARY, SECONDARY without a URL takes an ONVIF camera's second profile (absent:
 * one stream on a new camera, the stored setting on a change; docs/design/live-streaming.md). Built in code with
 * {@link #builder()}.
 */
public record NewCamera(String name, String streamUrl, String username, String password, String recorderId,
                        String recordingMode, Boolean enabled, Integer preBufferSeconds, Integer postBufferSeconds,
                        String idleRecording, String onvifAddress, CameraMotion motion, String storageId,
                        String rtspTransport, String liveStream, String liveStreamUrl) {

    /** JSON-B's constructor: every field, absent ones null. */
    @JsonbCreator
    public NewCamera {
    }

    /** A camera described field by field; what is not set stays absent (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** Names each field, so that callers need not pass a dozen positional nulls. */
    public static final class Builder {
        private String name;
        private String streamUrl;
        private String username;
        private String password;
        private String recorderId;
        private String recordingMode;
        private Boolean enabled;
        private Integer preBufferSeconds;
        private Integer postBufferSeconds;
        private String idleRecording;
        private String onvifAddress;
        private CameraMotion motion;
        private String storageId;
        private String rtspTransport;
        private String liveStream;
        private String liveStreamUrl;

        private Builder() {
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder streamUrl(String value) {
            streamUrl = value;
            return this;
        }

        public Builder credentials(String user, String secret) {
            username = user;
            password = secret;
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

        public Builder enabled(Boolean value) {
            enabled = value;
            return this;
        }

        /** Pre-buffer, post-buffer (seconds) and idle recording of triggered recording; null keeps a default. */
        public Builder triggeredRecording(Integer preBuffer, Integer postBuffer, String idle) {
            preBufferSeconds = preBuffer;
            postBufferSeconds = postBuffer;
            idleRecording = idle;
            return this;
        }

        public Builder onvifAddress(String value) {
            onvifAddress = value;
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

        public Builder rtspTransport(String value) {
            rtspTransport = value;
            return this;
        }

        /** The second stream for live viewing: PRIMARY or SECONDARY, and its rtsp:// URL; null keeps a default. */
        public Builder liveStream(String source, String url) {
            liveStream = source;
            liveStreamUrl = url;
            return this;
        }

        public NewCamera build() {
            return new NewCamera(name, streamUrl, username, password, recorderId, recordingMode, enabled,
                    preBufferSeconds, postBufferSeconds, idleRecording, onvifAddress, motion, storageId,
                    rtspTransport, liveStream, liveStreamUrl);
        }
    }
}
