package org.argusvms.recorder.camera;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.ingest.CameraSession;
import org.argusvms.recorder.ingest.CameraState;
import org.argusvms.recorder.ingest.IngestSettings;
import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.live.LiveVideo;
import org.argusvms.recorder.media.LiveStreams;
import org.argusvms.recorder.metadata.CameraMetadata;
import org.argusvms.recorder.metadata.MetadataFiles;
import org.argusvms.recorder.motion.CameraMotion;
import org.argusvms.recorder.motion.MotionGridFiles;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.LiveStreamSource;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.RtspTransport;
import org.argusvms.recorder.protocol.SecondaryStreamStatus;
import org.argusvms.recorder.storage.CameraRecording;
import org.argusvms.recorder.storage.RecordingSettings;
import org.argusvms.recorder.storage.RecordingTrigger;
import org.argusvms.recorder.storage.SegmentListener;
import org.argusvms.recorder.storage.StorageLayout;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One configured camera: its connection (absent while disabled), its recording and its live stream, wired so that
 * one camera connection feeds both; and when configured, a second connection to the camera's second stream that
 * feeds a second live stream only.
 */
final class Camera {

    private final LiveVideo live;
    private final CameraRecording recording;
    private final CameraSession session;
    private final CameraMotion motion;
    private final CameraMetadata metadata;
    private final CameraTotals carriedOver;
    private final IngestSettings ingestSettings;
    private final Clock clock;
    /** Null unless the camera has a second stream and is enabled; replaced under CameraService's lock. */
    private volatile SecondaryLive secondary;
    private volatile CameraConfiguration configuration;

    Camera(CameraConfiguration configuration, CameraTotals carriedOver, StorageLayout layout,
           RecordingSettings recordingSettings, IngestSettings ingestSettings, EventPublisher events,
           SegmentListener index, Clock clock) {
        this.configuration = configuration;
        this.carriedOver = carriedOver;
        this.ingestSettings = ingestSettings;
        this.clock = clock;
        this.live = LiveVideo.of(configuration.cameraId(), clock);
        this.recording = new CameraRecording(configuration.cameraId(), configuration.recordingMode(),
                configuration.triggeredRecording(), layout, recordingSettings, events, index, clock);
        // motion extends the triggered recording by its post-buffer after each picture with motion
        this.motion = new CameraMotion(configuration.cameraId(), motionSettings(configuration),
                new MotionGridFiles(layout), events, (cameraId, at) -> recording.trigger(
                        RecordingTrigger.Source.MOTION, "motion", Duration.ZERO));
        this.metadata = new CameraMetadata(configuration.cameraId(), MetadataFiles.of(layout), events);
        this.session = configuration.enabled()
                ? new CameraSession(configuration, List.of(recording, live, motion, metadata), events, ingestSettings,
                        clock)
                : null;
        this.secondary = secondaryFor(configuration);
    }

    private SecondaryLive secondaryFor(CameraConfiguration next) {
        return next.enabled() && next.hasSecondaryLiveStream() ? new SecondaryLive(next, ingestSettings, clock) : null;
    }

    void start() {
        if (session != null) {
            session.start();
        }
        SecondaryLive second = secondary;
        if (second != null) {
            second.start();
        }
    }

    /**
     * Whether {@code next} can be applied without reconnecting the recorded stream (name, recording mode, motion or
     * the second stream differ).
     */
    boolean canReconfigureInPlace(CameraConfiguration next) {
        CameraConfiguration current = configuration;
        return current.cameraId().equals(next.cameraId()) && Objects.equals(current.streamUrl(), next.streamUrl())
                && Objects.equals(current.onvifAddress(), next.onvifAddress())
                && Objects.equals(current.username(), next.username())
                && Objects.equals(current.password(), next.password())
                && current.rtspTransport() == next.rtspTransport()
                && current.enabled() == next.enabled();
    }

    void reconfigureInPlace(CameraConfiguration next) {
        CameraConfiguration previous = configuration;
        configuration = next;
        recording.configure(next.recordingMode(), next.triggeredRecording());
        motion.apply(motionSettings(next));
        if (previous.liveStream() != next.liveStream()
                || !Objects.equals(previous.liveStreamUrl(), next.liveStreamUrl())) {
            replaceSecondary(next);
        }
    }

    /** A changed second stream reconnects only itself: recording and the primary's viewers go on. */
    private void replaceSecondary(CameraConfiguration next) {
        SecondaryLive previous = secondary;
        secondary = null; // new viewers get the primary meanwhile
        if (previous != null) {
            previous.stop("second stream changed");
        }
        SecondaryLive replacement = secondaryFor(next);
        if (replacement != null) {
            replacement.start();
        }
        secondary = replacement;
    }

    /** A disabled camera delivers no frames: no decoder is set up for it. */
    private static MotionSettings motionSettings(CameraConfiguration configuration) {
        return configuration.enabled() ? configuration.motion() : MotionSettings.OFF;
    }

    /** Where events and motion detection start or extend this camera's triggered recording. */
    RecordingTrigger recordingTrigger() {
        return recording;
    }

    /** Disconnects, finishes the recording and closes live viewers; returns once all of that happened. */
    void stop(String reason) {
        if (session != null) {
            session.stop(reason);
        }
        SecondaryLive second = secondary;
        if (second != null) {
            second.stop(reason);
        }
        motion.close();
        metadata.close();
        recording.close(reason);
        live.close();
    }

    CameraConfiguration configuration() {
        return configuration;
    }

    LiveVideo live() {
        return live;
    }

    /** What a viewer asking for {@code wanted} gets: the second stream only while it streams. */
    LiveStreams.Selection live(LiveStreamSource wanted) {
        SecondaryLive secondStream = secondary;
        LiveVideo second = wanted == LiveStreamSource.SECONDARY && secondStream != null
                ? secondStream.liveWhileStreaming() : null;
        return second != null ? new LiveStreams.Selection(second, LiveStreamSource.SECONDARY)
                : new LiveStreams.Selection(live, LiveStreamSource.PRIMARY);
    }

    CameraTotals totals() {
        return new CameraTotals(framesReceived(), bytesWritten());
    }

    CameraStatus status() {
        String lastError = session == null ? null : session.lastError();
        if (lastError == null) {
            lastError = recording.lastError();
        }
        RtspTransport rtpTransport = session == null ? null : session.rtpTransport();
        return new CameraStatus(configuration.cameraId(), state().name(), framesReceived(), bytesWritten(),
                lastError, recording.recording(), rtpTransport == null ? null : rtpTransport.name(),
                secondaryStatus());
    }

    /** Status plus details for monitoring; never the URL's credentials or the password. */
    JsonObject health() {
        JsonObjectBuilder builder = Json.createObjectBuilder(status().toJson())
                .add("name", configuration.name() == null ? configuration.cameraId() : configuration.name())
                .add("recordingMode", configuration.recordingMode().name())
                .add("recording", recording.recording())
                .add("framesDiscarded", session == null ? 0 : session.framesDiscarded())
                .add("rtpPacketsLost", session == null ? 0 : session.rtpPacketsLost())
                .add("framesDropped", recording.framesDropped())
                .add("preBufferBytes", recording.preBufferBytes())
                .add("liveViewers", live.viewerCount())
                .add("transcoding", live.transcoding())
                .add("transcodedViewers", live.transcodedViewerCount())
                .add("transcodesStarted", live.transcodesStarted())
                .add("motion", motion.health())
                .add("metadata", metadata.health())
                .add("liveStream", configuration.liveStream().name());
        SecondaryLive second = secondary;
        if (second != null) {
            builder.add("secondaryStream", second.health());
        }
        ParameterSets parameterSets = session == null ? null : session.parameterSets();
        if (parameterSets != null) {
            builder.add("width", parameterSets.width()).add("height", parameterSets.height())
                    .add("codec", parameterSets.codecString());
        }
        AudioFormat audio = session == null ? null : session.audioFormat();
        if (audio != null) {
            builder.add("audio", audio.codecString()).add("audioSampleRate", audio.sampleRate())
                    .add("liveAudio", live.hasPlayableAudio())
                    .add("audioFramesDropped", recording.audioFramesDropped());
        }
        return builder.build();
    }

    private SecondaryStreamStatus secondaryStatus() {
        SecondaryLive second = secondary;
        return second == null ? null : second.status();
    }

    private CameraState state() {
        return session == null ? CameraState.DISABLED : session.state();
    }

    private long framesReceived() {
        return carriedOver.framesReceived() + (session == null ? 0 : session.framesReceived());
    }

    private long bytesWritten() {
        return carriedOver.bytesWritten() + recording.bytesWritten();
    }
}
