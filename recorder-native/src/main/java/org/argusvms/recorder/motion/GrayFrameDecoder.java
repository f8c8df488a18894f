package org.argusvms.recorder.motion;

import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.GStreamerRuntime;
import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.Bus;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.FlowReturn;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.Structure;
import org.freedesktop.gstreamer.elements.AppSink;
import org.freedesktop.gstreamer.elements.AppSrc;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Decodes a camera's H.264 or H.265 frames to small grey pictures for motion analysis:
 * {@code appsrc ! h264parse ! avdec_h264 ! videoscale ! videoconvert ! GRAY8 128×96 ! appsink} (h265parse and
 * avdec_h265 for H.265; the pipeline is rebuilt at a key frame of another codec). The scaling
 * happens in GStreamer before anything is copied, so Java only ever sees 12 KB per picture; the multi-tap scaler
 * averages the source pixels, which smooths sensor and compression noise for free. The decoder runs on one thread.
 *
 * <p>{@link #decode} never blocks (it is called on the camera's ingest thread): when the decoder falls behind, frames
 * are skipped up to the next key frame (P-frames cannot be decoded without their predecessors), and the app source
 * drops its oldest buffers beyond a bound. Pictures arrive on the decoder's streaming thread.
 */
final class GrayFrameDecoder implements AutoCloseable {

    static final int WIDTH = 128;
    static final int HEIGHT = 96;
    /** Frames queued for decoding beyond which the decoder counts as behind. */
    private static final long MAX_BACKLOG = 12;
    /** %1$s: the codec's GStreamer name, h264 or h265. */
    private static final String DESCRIPTION = "appsrc name=source is-live=true format=time max-buffers=25"
            + " leaky-type=downstream caps=video/x-%1$s,stream-format=byte-stream,alignment=au"
            + " ! %1$sparse ! avdec_%1$s max-threads=1 output-corrupt=false"
            + " ! videoscale method=bilinear2 ! video/x-raw,width=" + WIDTH + ",height=" + HEIGHT
            + " ! videoconvert ! video/x-raw,format=GRAY8"
            + " ! appsink name=sink emit-signals=true sync=false max-buffers=2 drop=true";
    private static final byte[] START_CODE = {0, 0, 0, 1};
    private static final Logger LOG = Logger.getLogger(GrayFrameDecoder.class.getName());

    private Pipeline pipeline; // guarded by this
    private AppSrc source; // guarded by this
    private AppSink sink; // guarded by this
    private VideoCodec codec; // guarded by this
    private final AppSink.NEW_SAMPLE sampleHandler;
    private final Bus.ERROR errorHandler;
    private final String cameraId;
    private volatile long firstEpochMillis = -1; // set on the ingest thread before the first frame is queued
    private boolean awaitingKeyframe = true; // guarded by this
    private boolean closed; // guarded by this
    /** Set when the pipeline reported an error: it stopped and is restarted at the next key frame. */
    private volatile boolean failed;
    private boolean failureLogged; // guarded by this

    GrayFrameDecoder(String cameraId, Consumer<GrayFrame> pictures) {
        GStreamerRuntime.ensureInitialized();
        this.cameraId = cameraId;
        sampleHandler = appSink -> deliver(appSink.pullSample(), pictures);
        errorHandler = (origin, code, message) -> onError(message);
        open(VideoCodec.H264);
    }

    private void open(VideoCodec decoded) {
        codec = decoded;
        pipeline = (Pipeline) Gst.parseLaunch(String.format(DESCRIPTION, decoded.name().toLowerCase(Locale.ROOT)));
        source = (AppSrc) pipeline.getElementByName("source");
        sink = (AppSink) pipeline.getElementByName("sink");
        sink.connect(sampleHandler);
        pipeline.getBus().connect(errorHandler);
        pipeline.play();
    }

    /**
     * Queues a frame for decoding unless the decoder is behind; a key frame carries its parameter sets along, so
     * decoding can start (or resume) at any key frame, even after a change of resolution.
     */
    synchronized void decode(VideoFrame frame) {
        if (closed) {
            return;
        }
        if (!frame.keyframe() && (awaitingKeyframe || failed || backlog() > MAX_BACKLOG)) {
            awaitingKeyframe = true;
            return;
        }
        VideoCodec frameCodec = frame.parameterSets().codec();
        if (frameCodec != codec) {
            if (!frame.keyframe()) {
                return;
            }
            release(); // on the camera's ingest thread, never the pipeline's own streaming thread
            open(frameCodec);
        }
        if (failed) {
            failed = false;
            pipeline.setState(State.NULL); // never on its own streaming thread: this is the camera's ingest thread
            pipeline.play();
        }
        awaitingKeyframe = false;
        if (firstEpochMillis < 0) {
            firstEpochMillis = frame.receivedAtEpochMillis();
        }
        byte[] annexB = annexB(frame);
        Buffer buffer = new Buffer(annexB.length);
        buffer.map(true).put(annexB);
        buffer.unmap();
        // the arrival time travels through the decoder as the timestamp, relative so that it stays small
        buffer.setPresentationTimestamp(Math.max(0, frame.receivedAtEpochMillis() - firstEpochMillis) * 1_000_000);
        source.pushBuffer(buffer);
    }


    private synchronized void onError(String message) {
        failed = true;
        if (!failureLogged) {
            failureLogged = true; // a camera sending undecodable video would otherwise log once a second
            LOG.warning(() -> "motion decoder of camera " + cameraId + " failed, restarting at the next key frame: "
                    + message);
        }
    }

    private long backlog() {
        Object level = source.get("current-level-buffers");
        return level instanceof Number number ? number.longValue() : 0;
    }

    private FlowReturn deliver(Sample sample, Consumer<GrayFrame> pictures) {
        if (sample == null) {
            return FlowReturn.EOS;
        }
        try {
            Buffer buffer = sample.getBuffer();
            Structure caps = sample.getCaps().getStructure(0);
            int width = caps.getInteger("width");
            int height = caps.getInteger("height");
            ByteBuffer mapped = buffer.map(false);
            if (mapped == null) {
                return FlowReturn.OK;
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
            return FlowReturn.OK;
        } catch (RuntimeException e) {
            LOG.warning(() -> "motion analysis of camera " + cameraId + " failed: " + e);
            return FlowReturn.OK;
        } finally {
            sample.dispose();
        }
    }

    /** The frame as a byte stream: parameter sets before a key frame, every NAL unit behind a start code. */
    static byte[] annexB(VideoFrame frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(frame.sample().length + 64);
        if (frame.keyframe() && frame.parameterSets() != null) {
            for (byte[] parameterSet : frame.parameterSets().inBandNals()) {
                out.writeBytes(START_CODE);
                out.writeBytes(parameterSet);
            }
        }
        ByteBuffer sample = ByteBuffer.wrap(frame.sample());
        while (sample.remaining() >= 4) {
            int length = sample.getInt();
            if (length <= 0 || length > sample.remaining()) {
                break; // a malformed sample: decode what came before
            }
            out.writeBytes(START_CODE);
            out.write(frame.sample(), sample.position(), length);
            sample.position(sample.position() + length);
        }
        return out.toByteArray();
    }

    /** Stops the pipeline; never called from its streaming thread. Idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            release();
        }
    }

    private void release() {
        sink.disconnect(sampleHandler);
        pipeline.getBus().disconnect(errorHandler);
        pipeline.setState(State.NULL);
        for (Element element : new Element[] {source, sink}) {
            element.dispose();
        }
        pipeline.dispose();
    }
}
