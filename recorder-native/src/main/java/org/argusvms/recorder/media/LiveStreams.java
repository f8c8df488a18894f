package org.argusvms.recorder.media;

import org.argusvms.recorder.live.LiveVideo;
import org.argusvms.recorder.protocol.LiveStreamSource;

/** Looks up a camera's live stream for the media server. */
@FunctionalInterface
public interface LiveStreams {

    /** The camera's live video (its primary stream), or null if the recorder has no such camera. */
    LiveVideo find(String cameraId);

    /**
     * The live video a viewer asking for {@code wanted} gets: the second stream while it streams, else the primary
     * (never nothing for a known camera); null if the recorder has no such camera.
     */
    default Selection select(String cameraId, LiveStreamSource wanted) {
        LiveVideo primary = find(cameraId);
        return primary == null ? null : new Selection(primary, LiveStreamSource.PRIMARY);
    }

    /** The video served and which stream it is, as the viewer's init message says. */
    record Selection(LiveVideo video, LiveStreamSource stream) {
    }
}
