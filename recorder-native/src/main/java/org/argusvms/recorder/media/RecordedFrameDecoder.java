package org.argusvms.recorder.media;

import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.FlowReturn;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.Structure;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * Decodes a short recorded MP4 held in memory (one GOP from its keyframe, as an {@link ExportPlan} cuts it) and
 * keeps the frame on screen at a given offset: the last frame presented at or before it. Frames are decoded to BGR
 * in GStreamer and only the chosen one is copied to Java; decoding stops as soon as a later frame shows up. decodebin
 * picks parser and decoder (avdec_h264, avdec_h265) from the sample entry.
 */
final class RecordedFrameDecoder {

    private static final String DESCRIPTION = "appsrc name=source format=bytes"
            + " ! qtdemux ! decodebin ! videoconvert ! video/x-raw,format=BGR"
            + " ! appsink name=sink emit-signals=true sync=false max-buffers=4 drop=false";

    /** One decoded picture, rows of {@code stride} bytes holding {@code width} BGR pixels each. */
    record Frame(int width, int height, int stride, byte[] bgr, long presentationNanos) {
    }

    private RecordedFrameDecoder() {
    }

    /**
     * @throws TimeoutException     if decoding took longer than {@code timeout} (the pipeline is torn down)
     * @throws IllegalStateException if the media could not be decoded or held no frame
     */
    static Frame frameAt(byte[] mp4, long offsetNanos, Duration timeout)
            throws TimeoutException, InterruptedException {
        return InMemoryPipeline.run(DESCRIPTION, mp4, new FrameChooser(offsetNanos), timeout);
    }

    /** Runs on GStreamer's streaming thread: remembers the latest frame not after the offset. */
    private static final class FrameChooser implements InMemoryPipeline.SampleConsumer<Frame> {

        private final CompletableFuture<Frame> result = new CompletableFuture<>();
        private final long offsetNanos;
        private Frame chosen;

        FrameChooser(long offsetNanos) {
            this.offsetNanos = offsetNanos;
        }

        @Override
        public CompletableFuture<Frame> result() {
            return result;
        }

        @Override
        public FlowReturn offer(Sample sample) {
            if (sample == null) {
                return FlowReturn.EOS;
            }
            try {
                if (result.isDone()) {
                    return FlowReturn.EOS;
                }
                Buffer buffer = sample.getBuffer();
                long pts = buffer.getPresentationTimestamp();
                if (chosen != null && pts > offsetNanos) {
                    result.complete(chosen);
                    return FlowReturn.EOS;
                }
                Structure caps = sample.getCaps().getStructure(0);
                int width = caps.getInteger("width");
                int height = caps.getInteger("height");
                ByteBuffer pixels = buffer.map(false);
                byte[] copy = new byte[pixels.remaining()];
                pixels.get(copy);
                buffer.unmap();
                chosen = new Frame(width, height, copy.length / height, copy, pts);
                return FlowReturn.OK;
            } finally {
                sample.dispose();
            }
        }

        @Override
        public void finish() {
            if (chosen != null) {
                result.complete(chosen);
            } else {
                result.completeExceptionally(new IllegalStateException("the recording held no decodable frame"));
            }
        }

        @Override
        public void fail(String message) {
            result.completeExceptionally(new IllegalStateException("recording could not be decoded: " + message));
        }
    }
}
