package org.argusvms.recorder.ingest;

import org.argusvms.recorder.h264.VideoFrame;

/**
 * Receives one camera's frames. {@link #onFrame} runs on the ingest's thread, shared with other cameras in the java
 * ingest, and must return quickly (queue, never block on disk or network); the other methods run on the camera's
 * supervisor thread.
 */
public interface FrameListener {

    void onFrame(VideoFrame frame);

    /** The camera connection ended; frames that follow come from a new connection and start with a keyframe. */
    void onStreamInterrupted(String reason);
}
