package org.argusvms.recorder.ingest;

import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.LengthPrefixedAccessUnit;
import org.argusvms.recorder.codec.VideoCodec;

import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.RtspTransport;

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

        /**
         * How the connection receives RTP (TCP or UDP), announced once the camera agreed to it; with
         * {@link RtspTransport#AUTO} this says what was chosen. Pipelines that cannot tell never call it.
         */
        default void onRtpTransport(RtspTransport transport) {
        }

        /** {@code packets} more RTP packets went missing (over UDP mostly); reported about once a second. */
        default void onRtpLoss(long packets) {
        }

        /** A complete access unit in Annex-B form; timestamps in nanoseconds, -1 when unknown. */
        void onAccessUnit(byte[] annexB, long ptsNanos, long dtsNanos, boolean keyframe);

        /**
         * The connection's audio track, announced once before its first audio frame; pipelines and cameras without
         * audio never call it.
         */
        default void onAudioFormat(AudioFormat format) {
        }

        /**
         * One audio frame (an AAC access unit, or G.711 samples), its time in nanoseconds on the same time line as
         * the access units' timestamps.
         */
        default void onAudioFrame(byte[] frame, long ptsNanos) {
        }

        /**
         * One ONVIF metadata document ({@code tt:MetadataStream} XML as the camera sent it, not yet checked), its
         * time in nanoseconds on the same time line as the access units' timestamps; pipelines and cameras without
         * a metadata track never call it.
         */
        default void onMetadata(byte[] document, long ptsNanos) {
        }

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
