package org.argusvms.recorder.media;

import org.argusvms.recorder.live.LiveVideo;

/** Looks up a camera's live stream for the media server. */
@FunctionalInterface
public interface LiveStreams {

    /** The camera's live video, or null if the recorder has no such camera. */
    LiveVideo find(String cameraId);
}
