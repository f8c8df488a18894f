package org.argusvms.recorder.live;

import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.FrameListener;

/** Re-encodes a camera's frames for viewers who cannot decode them; frames go out to a {@link FrameListener}. */
interface Transcoder extends AutoCloseable {

    /** Starts transcoders; a seam for tests without GStreamer. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param source     the camera's current parameter sets (size, codec)
         * @param frameTicks the camera's frame interval in {@link VideoFrame#TIMESCALE} ticks
         * @param output     receives the transcoded frames, on the transcoder's thread
         */
        Transcoder start(String cameraId, ParameterSets source, int frameTicks, FrameListener output);
    }

    /** Queues a frame of the camera; never blocks (called on the ingest thread). */
    void offer(VideoFrame frame);

    /** Stops and releases everything; never called from the transcoder's own thread. */
    @Override
    void close();
}
