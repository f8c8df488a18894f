package org.argusvms.recorder.media;

import org.argusvms.recorder.live.LiveStream;

/** Looks up a camera's live stream for the media server. */
@FunctionalInterface
public interface LiveStreams {

    /** The camera's live stream, or null if the recorder has no such camera. */
    LiveStream find(String cameraId);
}
