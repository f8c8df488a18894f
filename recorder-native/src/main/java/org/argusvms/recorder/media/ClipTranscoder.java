package org.argusvms.recorder.media;

import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.FlowReturn;
import org.freedesktop.gstreamer.Sample;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Re-encodes a recorded H.265 playback clip as H.264 for a browser that cannot decode HEVC (Debian's Chromium among
 * them), as the live path does for live video (docs/design/h265.md):
 * {@code qtdemux ! h265parse ! avdec_h265 ! x264enc ultrafast ! mp4mux faststart}. The result is an ordinary MP4
 * (moov first) on the clip's timeline, so the player seeks and steps in it as in any other clip. Exports stay
 * untouched: they are evidence, copied, never re-encoded.
 *
 * <p>Decoding and encoding cost a core for about a sixth of the clip's length at 720p, so a recorder runs at most
 * {@link #CONCURRENT} transcodes at once; the others wait their turn rather than starve recording.
 */
final class ClipTranscoder {

    /** Transcodes running at once on one recorder. */
    static final int CONCURRENT = 2;
    /** How long a request waits for a free transcode before it is refused as busy. */
    private static final Duration QUEUE_PATIENCE = Duration.ofSeconds(20);

    /** A keyframe about every second at common camera rates: what seeking within the clip costs. */
    private static final int KEYFRAME_INTERVAL = 25;

    private static final Semaphore RUNNING = new Semaphore(CONCURRENT, true);

    private ClipTranscoder() {
    }

    /**
     * @throws TimeoutException      if no transcode became free in time, or this one took longer than {@code timeout}
     * @throws IllegalStateException if the clip could not be decoded
     */
    /**
     * @param keyframesOnly the clip holds one frame per GOP (fast-forward): every output frame is a keyframe too, so
     *                      that seeking in it stays as cheap as in the recorded one
     */
    static byte[] toH264(byte[] hevcMp4, boolean keyframesOnly, Duration timeout)
            throws TimeoutException, InterruptedException {
        if (!RUNNING.tryAcquire(QUEUE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("every transcode of this recorder is busy");
        }
        try {
            return InMemoryPipeline.run(description(keyframesOnly ? 1 : KEYFRAME_INTERVAL), hevcMp4,
                    new Collector(hevcMp4.length), timeout);
        } finally {
            RUNNING.release();
        }
    }

    static String description(int keyframeInterval) {
        return "appsrc name=source format=bytes"
                + " ! qtdemux ! h265parse ! avdec_h265 ! videoconvert ! video/x-raw,format=I420"
                + " ! x264enc speed-preset=ultrafast tune=fastdecode threads=1 pass=qual quantizer=24 key-int-max="
                + keyframeInterval
                + " ! video/x-h264,profile=constrained-baseline ! h264parse ! mp4mux faststart=true"
                + " ! appsink name=sink emit-signals=true sync=false max-buffers=64 drop=false";
    }

    /** Runs on GStreamer's streaming thread: appends the muxer's output, moov first, until the end. */
    private static final class Collector implements InMemoryPipeline.SampleConsumer<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream output;

        Collector(int expectedBytes) {
            output = new ByteArrayOutputStream(expectedBytes + expectedBytes / 4);
        }

        @Override
        public FlowReturn offer(Sample sample) {
            if (sample == null) {
                return FlowReturn.EOS;
            }
            try {
                Buffer buffer = sample.getBuffer();
                ByteBuffer bytes = buffer.map(false);
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                buffer.unmap();
                output.write(copy, 0, copy.length);
                return FlowReturn.OK;
            } finally {
                sample.dispose();
            }
        }

        @Override
        public void finish() {
            if (output.size() == 0) {
                result.completeExceptionally(new IllegalStateException("the transcode produced nothing"));
            } else {
                result.complete(output.toByteArray());
            }
        }

        @Override
        public void fail(String message) {
            result.completeExceptionally(new IllegalStateException("recording could not be transcoded: " + message));
        }

        @Override
        public CompletableFuture<byte[]> result() {
            return result;
        }
    }
}
