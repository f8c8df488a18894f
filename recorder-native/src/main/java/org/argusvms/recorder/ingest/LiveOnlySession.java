package org.argusvms.recorder.ingest;

import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.onvif.OnvifSettings;
import org.argusvms.recorder.onvif.OnvifStreamResolver;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.RecorderEvent;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps a camera's second stream connected for live viewers only: the same supervision as the recorded stream
 * (reconnect with backoff, stall timeout; its log lines name the camera as {@code <cameraId>/live}), but its frames
 * go to one listener, and its outages are counted rather than reported as {@code camera.connected/disconnected}
 * events: device failure is about the recorded stream, and viewers of a lost second stream get the primary.
 */
public final class LiveOnlySession {

    /** How the second stream's connection is named in logs and thread names. */
    public static final String NAME_SUFFIX = "/live";

    private final CameraSession session;
    private final AtomicLong connects = new AtomicLong();
    private final AtomicLong outages = new AtomicLong();

    /** @param camera a camera with a second stream ({@link CameraConfiguration#hasSecondaryLiveStream()}) */
    public LiveOnlySession(CameraConfiguration camera, FrameListener live, IngestSettings settings, Clock clock) {
        CameraPipeline.Factory pipelines = new OnvifResolvingPipelines(settings.path().pipelines(),
                OnvifStreamResolver.ofSecondProfile(OnvifSettings.defaults(), clock));
        this.session = new CameraSession(camera.secondaryLiveStream(camera.cameraId() + NAME_SUFFIX), List.of(live),
                this::count, settings, clock, pipelines);
    }

    private void count(String eventType, String cameraId, Map<String, String> attributes) {
        if (RecorderEvent.CAMERA_CONNECTED.equals(eventType)) {
            connects.incrementAndGet();
        } else if (RecorderEvent.CAMERA_DISCONNECTED.equals(eventType)) {
            outages.incrementAndGet();
        }
    }

    public void start() {
        session.start();
    }

    public void stop(String reason) {
        session.stop(reason);
    }

    /** Whether frames arrive now: only then do viewers asking for the second stream get it. */
    public boolean streaming() {
        return session.state() == CameraState.STREAMING;
    }

    public CameraState state() {
        return session.state();
    }

    public String lastError() {
        return session.lastError();
    }

    /** The most recent frame's parameter sets (resolution, codec), null before the first frame. */
    public ParameterSets parameterSets() {
        return session.parameterSets();
    }

    /** Connections that delivered video after the first one. */
    public long reconnects() {
        return Math.max(0, connects.get() - 1);
    }

    /** Times a streaming connection was lost, or the first connection failed. */
    public long outages() {
        return outages.get();
    }
}
