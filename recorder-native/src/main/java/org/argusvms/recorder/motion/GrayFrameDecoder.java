package org.argusvms.recorder.motion;

import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.DecodingPipeline;
import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.Structure;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * Decodes a camera's H.264 or H.265 frames to small grey pictures for motion analysis:
 * {@code appsrc ! h264parse ! avdec_h264 ! videoscale ! videoconvert ! GRAY8 128×96 ! appsink} (a
 * {@link DecodingPipeline}, which also says how it keeps up). The scaling happens in GStreamer before anything is
 * copied, so Java only ever sees 12 KB per picture; the multi-tap scaler averages the source pixels, which smooths
 * sensor and compression noise for free. The decoder runs on one thread.
 */
final class GrayFrameDecoder implements AutoCloseable {

    static final int WIDTH = 128;
    static final int HEIGHT = 96;
    /** Frames queued for decoding beyond which the decoder counts as behind. */
    private static final long MAX_BACKLOG = 12;
    private static final String TAIL = "videoscale method=bilinear2 ! video/x-raw,width=" + WIDTH + ",height=" + HEIGHT
            + " ! videoconvert ! video/x-raw,format=GRAY8"
            + " ! appsink name=sink emit-signals=true sync=false max-buffers=2 drop=true";

    private final DecodingPipeline pipeline;
    private volatile long firstEpochMillis = -1; // set on the ingest thread before the first frame is queued

    GrayFrameDecoder(String cameraId, Consumer<GrayFrame> pictures) {
        pipeline = new DecodingPipeline("motion decoder of camera " + cameraId, TAIL, MAX_BACKLOG,
                this::relativeArrivalNanos, sample -> deliver(sample, pictures));
    }

    /** Queues a frame for decoding unless the decoder is behind; never blocks. */
    void decode(VideoFrame frame) {
        pipeline.decode(frame);
    }

    /** The arrival time travels through the decoder as the timestamp, relative so that it stays small. */
    private long relativeArrivalNanos(VideoFrame frame) {
        if (firstEpochMillis < 0) {
            firstEpochMillis = frame.receivedAtEpochMillis();
        }
        return Math.max(0, frame.receivedAtEpochMillis() - firstEpochMillis) * 1_000_000;
    }

    private void deliver(Sample sample, Consumer<GrayFrame> pictures) {
        Buffer buffer = sample.getBuffer();
        Structure caps = sample.getCaps().getStructure(0);
        int width = caps.getInteger("width");
        int height = caps.getInteger("height");
        ByteBuffer mapped = buffer.map(false);
        if (mapped == null) {
            return;
        }
        byte[] luma = new byte[width * height];
        int stride = mapped.remaining() / height; // GRAY8 rows are padded to 4 bytes
        for (int row = 0; row < height; row++) {
            mapped.position(row * stride);
            mapped.get(luma, row * width, width);
        }
        buffer.unmap();
        long epochMillis = firstEpochMillis + buffer.getPresentationTimestamp() / 1_000_000;
        pictures.accept(new GrayFrame(width, height, luma, epochMillis));
    }

    /** Stops the pipeline; never called from its streaming thread. Idempotent. */
    @Override
    public void close() {
        pipeline.close();
    }
}
