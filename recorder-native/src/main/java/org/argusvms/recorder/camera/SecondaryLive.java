package org.argusvms.recorder.camera;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.ingest.IngestSettings;
import org.argusvms.recorder.ingest.LiveOnlySession;
import org.argusvms.recorder.live.LiveVideo;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.SecondaryStreamStatus;

import java.time.Clock;

/** A camera's second stream for small live tiles: its own connection and live video, nothing recorded. */
final class SecondaryLive {

    private final LiveVideo live;
    private final LiveOnlySession session;

    SecondaryLive(CameraConfiguration configuration, IngestSettings ingestSettings, Clock clock) {
        this.live = LiveVideo.of(configuration.cameraId() + LiveOnlySession.NAME_SUFFIX, clock);
        this.session = new LiveOnlySession(configuration, live, ingestSettings, clock);
    }

    void start() {
        session.start();
    }

    void stop(String reason) {
        session.stop(reason);
        live.close();
    }

    /** The second stream's live video while it streams; null while it is down (viewers then get the primary). */
    LiveVideo liveWhileStreaming() {
        return session.streaming() ? live : null;
    }

    int viewerCount() {
        return live.viewerCount();
    }

    /** What the management server shows: its state, picture size and reconnects. */
    SecondaryStreamStatus status() {
        ParameterSets parameterSets = session.parameterSets();
        return new SecondaryStreamStatus(session.state().name(),
                parameterSets == null ? null : parameterSets.width(),
                parameterSets == null ? null : parameterSets.height(), session.reconnects());
    }

    /** For /health: the status plus outages, viewers and codec; never its URL or credentials. */
    JsonObject health() {
        SecondaryStreamStatus status = status();
        JsonObjectBuilder builder = Json.createObjectBuilder(status.toJson())
                .add("connected", status.connected())
                .add("outages", session.outages())
                .add("viewers", live.viewerCount())
                .add("transcoding", live.transcoding());
        ParameterSets parameterSets = session.parameterSets();
        if (parameterSets != null) {
            builder.add("codec", parameterSets.codecString());
        }
        String lastError = session.lastError();
        if (lastError != null) {
            builder.add("lastError", lastError);
        }
        return builder.build();
    }
}
