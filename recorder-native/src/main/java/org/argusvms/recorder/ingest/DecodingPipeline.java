package org.argusvms.recorder.ingest;

import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.VideoFrame;
import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.Bus;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.elements.AppSink;
import org.freedesktop.gstreamer.elements.AppSrc;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;

/**
 * A camera's frames pushed through a GStreamer pipeline that begins by decoding them:
 * {@code appsrc ! h264parse ! avdec_h264 ! <tail> ! appsink} (h265parse and avdec_h265 for H.265; the pipeline is
 * rebuilt at a key frame of another codec). Motion analysis and the live H.264 transcode are such pipelines.
 *
 * <p>{@link #decode} never blocks (it is called on the camera's ingest thread): when the pipeline falls behind, frames
 * are skipped up to the next key frame (P-frames cannot be decoded without their predecessors), and the app source
 * drops its oldest buffers beyond a bound. After an error the pipeline restarts at the next key frame. Samples arrive
 * on the pipeline's streaming thread; the consumer must not keep them (they are disposed after it returns).
 */
public final class DecodingPipeline implements AutoCloseable {

    /** %1$s: the codec's GStreamer name, h264 or h265; %2$s: the tail, ending in an appsink named sink. */
    private static final String DESCRIPTION = "appsrc name=source is-live=true format=time max-buffers=25"
            + " leaky-type=downstream caps=video/x-%1$s,stream-format=byte-stream,alignment=au"
            + " ! %1$sparse ! avdec_%1$s max-threads=1 output-corrupt=false ! %2$s";
    private static final Logger LOG = Logger.getLogger(DecodingPipeline.class.getName());

    private final String purpose;
    private final String tail;
    private final long maxBacklog;
    private final ToLongFunction<VideoFrame> presentationNanos;
    private final AppSink.NEW_SAMPLE sampleHandler;
    private final Bus.ERROR errorHandler;
    private Pipeline pipeline; // guarded by this
    private AppSrc source; // guarded by this
    private AppSink sink; // guarded by this
    private VideoCodec codec; // guarded by this
    private boolean awaitingKeyframe = true; // guarded by this
    private boolean closed; // guarded by this
    /** Set when the pipeline reported an error: it stopped and is restarted at the next key frame. */
    private volatile boolean failed;
    private boolean failureLogged; // guarded by this

    /**
     * @param purpose           names the pipeline in log messages, e.g. "motion decoder of camera 7"
     * @param tail              elements after the decoder, ending in {@code appsink name=sink emit-signals=true}
     * @param maxBacklog        frames queued beyond which the pipeline counts as behind
     * @param presentationNanos the buffer timestamp of a frame, called just before it is queued
     * @param samples           receives every sample of the appsink, on the streaming thread
     */
    public DecodingPipeline(String purpose, String tail, long maxBacklog, ToLongFunction<VideoFrame> presentationNanos,
                            Consumer<Sample> samples) {
        GStreamerRuntime.ensureInitialized();
        this.purpose = purpose;
        this.tail = tail;
        this.maxBacklog = maxBacklog;
        this.presentationNanos = presentationNanos;
        this.sampleHandler = appSink -> AppSinkSamples.pull(appSink, sample -> deliver(sample, samples));
        this.errorHandler = (origin, code, message) -> onError(message);
        open(VideoCodec.H264);
    }

    private void open(VideoCodec decoded) {
        codec = decoded;
        pipeline = (Pipeline) Gst.parseLaunch(String.format(DESCRIPTION, decoded.name().toLowerCase(Locale.ROOT),
                tail));
        source = (AppSrc) pipeline.getElementByName("source");
        sink = (AppSink) pipeline.getElementByName("sink");
        sink.connect(sampleHandler);
        pipeline.getBus().connect(errorHandler);
        pipeline.play();
    }

    /**
     * Queues a frame unless the pipeline is behind; a key frame carries its parameter sets along, so decoding can
     * start (or resume) at any key frame, even after a change of resolution or codec.
     */
    public synchronized void decode(VideoFrame frame) {
        if (closed) {
            return;
        }
        if (!frame.keyframe() && (awaitingKeyframe || failed || backlog() > maxBacklog)) {
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
        byte[] annexB = frame.toAnnexB();
        Buffer buffer = new Buffer(annexB.length);
        buffer.map(true).put(annexB);
        buffer.unmap();
        buffer.setPresentationTimestamp(presentationNanos.applyAsLong(frame));
        source.pushBuffer(buffer);
    }

    private synchronized void onError(String message) {
        failed = true;
        if (!failureLogged) {
            failureLogged = true; // a camera sending undecodable video would otherwise log once a second
            LOG.warning(() -> purpose + " failed, restarting at the next key frame: " + message);
        }
    }

    private long backlog() {
        Object level = source.get("current-level-buffers");
        return level instanceof Number number ? number.longValue() : 0;
    }

    private void deliver(Sample sample, Consumer<Sample> samples) {
        try {
            samples.accept(sample);
        } catch (RuntimeException e) {
            LOG.warning(() -> purpose + ": a decoded picture could not be used: " + e);
        }
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
