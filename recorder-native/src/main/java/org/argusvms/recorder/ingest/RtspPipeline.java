package org.argusvms.recorder.ingest;

import org.argusvms.recorder.protocol.CameraConfiguration;
import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.BufferFlags;
import org.freedesktop.gstreamer.Bus;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.FlowReturn;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.StateChangeReturn;
import org.freedesktop.gstreamer.elements.AppSink;

import java.nio.ByteBuffer;

/**
 * One RTSP connection as a GStreamer pipeline that delivers H.264 access units (Annex-B) to Java:
 * {@code rtspsrc ! rtph264depay ! h264parse ! appsink}. Camera URL and credentials are set as element properties,
 * never spliced into the launch description, so a URL cannot inject pipeline syntax and the description, which
 * may end up in logs, never holds a password.
 *
 * <p>An instance is used once: {@link #start()}, then {@link #close()} from a thread that is not a GStreamer
 * streaming thread (setting a pipeline to NULL from its own streaming thread deadlocks).
 */
final class RtspPipeline implements CameraPipeline {

    /**
     * buffer-mode=none: timestamps follow the camera's RTP clock exactly (the default mode slews them while it
     * estimates clock skew, which gave recordings frame intervals of 38 to 57 ms from a 25 fps camera). The appsink
     * queue is bounded without dropping: backpressure reaches rtspsrc's TCP socket rather than losing frames.
     */
    private static final String DESCRIPTION = "rtspsrc name=source protocols=tcp latency=0 buffer-mode=none"
            + " ! rtph264depay ! h264parse config-interval=-1"
            + " ! video/x-h264,stream-format=byte-stream,alignment=au"
            + " ! appsink name=sink emit-signals=true sync=false max-buffers=200 drop=false";

    private final Pipeline pipeline;
    private final AppSink sink;
    private final AppSink.NEW_SAMPLE sampleHandler;
    private final Bus.ERROR errorHandler;
    private final Bus.EOS endOfStreamHandler;
    private boolean closed;

    RtspPipeline(CameraConfiguration configuration, Listener listener) {
        GStreamerRuntime.ensureInitialized();
        Element parsed = Gst.parseLaunch(DESCRIPTION);
        if (!(parsed instanceof Pipeline parsedPipeline)) {
            parsed.dispose();
            throw new IllegalStateException("launch description did not produce a pipeline");
        }
        pipeline = parsedPipeline;
        Element source = pipeline.getElementByName("source");
        source.set("location", configuration.streamUrl().toString());
        if (configuration.username() != null) {
            source.set("user-id", configuration.username());
        }
        if (configuration.password() != null) {
            source.set("user-pw", configuration.password());
        }
        source.dispose();
        sink = (AppSink) pipeline.getElementByName("sink");
        sampleHandler = appSink -> pullAccessUnit(appSink, listener);
        errorHandler = (origin, code, message) -> listener.onFailure(message);
        endOfStreamHandler = origin -> listener.onFailure("camera ended the stream");
        sink.connect(sampleHandler);
        pipeline.getBus().connect(errorHandler);
        pipeline.getBus().connect(endOfStreamHandler);
    }

    @Override
    public void start() {
        StateChangeReturn result = pipeline.play();
        if (result == StateChangeReturn.FAILURE) {
            throw new IllegalStateException("pipeline refused to start");
        }
    }

    private static FlowReturn pullAccessUnit(AppSink appSink, Listener listener) {
        Sample sample = appSink.pullSample();
        if (sample == null) {
            return FlowReturn.EOS;
        }
        try {
            Buffer buffer = sample.getBuffer();
            try {
                ByteBuffer mapped = buffer.map(false);
                if (mapped == null) {
                    return FlowReturn.OK;
                }
                byte[] data = new byte[mapped.remaining()];
                mapped.get(data);
                buffer.unmap();
                boolean keyframe = !buffer.getFlags().contains(BufferFlags.DELTA_UNIT);
                listener.onAccessUnit(data, buffer.getPresentationTimestamp(), buffer.getDecodeTimestamp(), keyframe);
            } finally {
                buffer.dispose();
            }
        } finally {
            sample.dispose();
        }
        return FlowReturn.OK;
    }

    /** Stops the pipeline and releases every native object it holds; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            sink.disconnect(sampleHandler);
            pipeline.getBus().disconnect(errorHandler);
            pipeline.getBus().disconnect(endOfStreamHandler);
            pipeline.setState(State.NULL);
            sink.dispose();
            pipeline.dispose();
        }
    }
}
