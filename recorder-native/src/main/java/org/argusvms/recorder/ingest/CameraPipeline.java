package org.argusvms.recorder.ingest;

import org.argusvms.recorder.codec.LengthPrefixedAccessUnit;
import org.argusvms.recorder.codec.VideoCodec;

import org.argusvms.recorder.protocol.CameraConfiguration;

/** One connection to a camera that delivers access units: {@link RtspPipeline} (GStreamer) or the java ingest. */
public interface CameraPipeline extends AutoCloseable {

    /** Callbacks from the pipeline's threads. */
    interface Listener {
        /**
         * The connection's video codec, announced once before its first access unit; a pipeline that never calls
         * this delivers H.264.
         */
        default void onVideoCodec(VideoCodec codec) {
        }

        /** A complete access unit in Annex-B form; timestamps in nanoseconds, -1 when unknown. */
        void onAccessUnit(byte[] annexB, long ptsNanos, long dtsNanos, boolean keyframe);

        /**
         * A complete access unit already in sample form (the java ingest), so that it need not be split again; a
         * listener that wants Annex-B gets it by default.
         */
        default void onAccessUnit(LengthPrefixedAccessUnit accessUnit, long ptsNanos, long dtsNanos,
                                  boolean keyframe) {
            onAccessUnit(accessUnit.toAnnexB(), ptsNanos, dtsNanos, keyframe);
        }

        /** The connection failed or ended. */
        void onFailure(String reason);
    }

    /** Opens pipelines; a seam for tests that simulate failing cameras without GStreamer. */
    interface Factory {
        CameraPipeline open(CameraConfiguration configuration, Listener listener);
    }

    void start();

    /** Stops and releases everything; never called from a thread of this pipeline. Idempotent. */
    @Override
    void close();
}
