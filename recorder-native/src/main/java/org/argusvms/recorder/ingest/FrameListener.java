package org.argusvms.recorder.ingest;

import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.AudioFrame;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.metadata.MetadataDocument;

/**
 * Receives one camera's frames. {@link #onFrame} runs on the ingest's thread, shared with other cameras in the java
 * ingest, and must return quickly (queue, never block on disk or network); the other methods run on the camera's
 * supervisor thread.
 */
public interface FrameListener {

    void onFrame(VideoFrame frame);

    /**
     * The audio format of the frames that follow, or null for none: announced before a connection's first video
     * frame reaches {@link #onFrame} whenever it differs from the previous connection's. Runs on the ingest's thread.
     */
    default void onAudioFormat(AudioFormat format) {
    }

    /** One audio frame, on the ingest's thread like {@link #onFrame}; only after a video frame of its connection. */
    default void onAudioFrame(AudioFrame frame) {
    }

    /** One ONVIF metadata document of the camera, on the ingest's thread like {@link #onFrame}. */
    default void onMetadata(MetadataDocument document) {
    }

    /** The camera connection ended; frames that follow come from a new connection and start with a keyframe. */
    void onStreamInterrupted(String reason);
}
