package org.argusvms.recorder.ingest;

import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.RtspTransport;
import org.freedesktop.gstreamer.Bin;
import org.freedesktop.gstreamer.Bus;
import org.freedesktop.gstreamer.Caps;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pad;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.StateChangeReturn;
import org.freedesktop.gstreamer.elements.AppSink;

import java.util.ArrayList;
import java.util.List;

/**
 * One RTSP connection as a GStreamer pipeline that delivers H.264 or H.265 access units (Annex-B) to Java:
 * {@code rtspsrc ! rtph264depay ! h264parse ! appsink} or {@code rtspsrc ! rtph265depay ! h265parse ! appsink}. The
 * depayloader is chosen when rtspsrc adds its video pad, from the SDP's encoding name in the pad's caps, and the
 * codec is announced to the listener before the first access unit. Camera URL and credentials are set as element properties,
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
     * protocols and latency come from the camera's RTP transport ({@link #transportProperties}).
     */
    private static final String DESCRIPTION = "rtspsrc name=source %s buffer-mode=none"
            + " appsink name=sink emit-signals=true sync=false max-buffers=200 drop=false";
    /** config-interval=-1 puts the parameter sets in front of every keyframe, where recording segments start. */
    private static final String H264_DEPAYLOADER = "rtph264depay ! h264parse config-interval=-1"
            + " ! capsfilter caps=\"video/x-h264,stream-format=byte-stream,alignment=au\"";
    private static final String H265_DEPAYLOADER = "rtph265depay ! h265parse config-interval=-1"
            + " ! capsfilter caps=\"video/x-h265,stream-format=byte-stream,alignment=au\"";

    private final Pipeline pipeline;
    private final AppSink sink;
    private final AppSink.NEW_SAMPLE sampleHandler;
    private final Bus.ERROR errorHandler;
    private final Bus.EOS endOfStreamHandler;
    private final Element.PAD_ADDED padHandler;
    private final Element source;
    /** What rtspsrc was told to use; null for AUTO, whose choice rtspsrc does not tell. */
    private final RtspTransport fixedTransport;
    /** Elements added per pad of rtspsrc (a depayloader bin, or a sink for tracks that are not video). */
    private final List<Element> added = new ArrayList<>(); // guarded by itself
    private boolean videoLinked; // guarded by added
    /**
     * Set under both locks. onPadAdded takes only the lock of {@code added}, and close() releases that one before it
     * waits for rtspsrc's thread while setting the pipeline to NULL.
     */
    private volatile boolean closed;

    RtspPipeline(CameraConfiguration configuration, Listener listener) {
        GStreamerRuntime.ensureInitialized();
        Element parsed = Gst.parseLaunch(DESCRIPTION.formatted(transportProperties(configuration.rtspTransport())));
        if (!(parsed instanceof Pipeline parsedPipeline)) {
            parsed.dispose();
            throw new IllegalStateException("launch description did not produce a pipeline");
        }
        pipeline = parsedPipeline;
        fixedTransport = configuration.rtspTransport() == RtspTransport.AUTO ? null : configuration.rtspTransport();
        source = pipeline.getElementByName("source");
        source.set("location", configuration.streamUrl().toString());
        if (configuration.username() != null) {
            source.set("user-id", configuration.username());
        }
        if (configuration.password() != null) {
            source.set("user-pw", configuration.password());
        }
        sink = (AppSink) pipeline.getElementByName("sink");
        padHandler = (element, pad) -> onPadAdded(pad, listener);
        source.connect(padHandler);
        sampleHandler = appSink -> AppSinkSamples.pull(appSink,
                sample -> AppSinkSamples.readAccessUnit(sample, listener::onAccessUnit));
        errorHandler = (origin, code, message) -> listener.onFailure(message);
        endOfStreamHandler = origin -> listener.onFailure("camera ended the stream");
        sink.connect(sampleHandler);
        pipeline.getBus().connect(errorHandler);
        pipeline.getBus().connect(endOfStreamHandler);
    }

    /**
     * TCP: interleaved, nothing to reorder. UDP: 100 ms for the jitter buffer to reorder in (as the java ingest
     * waits). AUTO: rtspsrc's own fallback, UDP first and TCP after its UDP timeout (5 s).
     */
    static String transportProperties(RtspTransport transport) {
        return switch (transport) {
            case TCP -> "protocols=tcp latency=0";
            case UDP -> "protocols=udp latency=100";
            case AUTO -> "protocols=udp+tcp latency=100";
        };
    }

    @Override
    public void start() {
        StateChangeReturn result = pipeline.play();
        if (result == StateChangeReturn.FAILURE) {
            throw new IllegalStateException("pipeline refused to start");
        }
    }

    /**
     * Runs on rtspsrc's thread once per track of the SDP: links the first video track through the depayloader its
     * encoding name asks for; other tracks (audio, a second video) go to a fakesink, so that they do not stop the
     * source with not-linked errors.
     */
    private void onPadAdded(Pad pad, Listener listener) {
        synchronized (added) {
            if (!closed) {
                try {
                    linkTrack(pad, listener);
                } catch (RuntimeException e) {
                    listener.onFailure("cannot link the camera's stream: " + e.getMessage());
                }
            }
        }
    }

    private void linkTrack(Pad pad, Listener listener) {
        Caps caps = pad.getCurrentCaps();
        String media = caps == null ? null : caps.getStructure(0).getString("media");
        String encoding = caps == null ? null : caps.getStructure(0).getString("encoding-name");
        if (videoLinked || !"video".equals(media)) {
            discard(pad);
            return;
        }
        VideoCodec codec;
        if ("H264".equalsIgnoreCase(encoding)) {
            codec = VideoCodec.H264;
        } else if ("H265".equalsIgnoreCase(encoding)) {
            codec = VideoCodec.H265;
        } else {
            discard(pad);
            listener.onFailure("unsupported video encoding " + encoding + " (H.264 and H.265 are supported)");
            return;
        }
        Bin depayloader = Gst.parseBinFromDescription(codec == VideoCodec.H265 ? H265_DEPAYLOADER : H264_DEPAYLOADER,
                true);
        added.add(depayloader);
        pipeline.add(depayloader);
        depayloader.link(sink);
        depayloader.syncStateWithParent();
        listener.onVideoCodec(codec);
        if (fixedTransport != null) {
            listener.onRtpTransport(fixedTransport);
        }
        videoLinked = true;
        pad.link(depayloader.getStaticPad("sink"));
    }

    private void discard(Pad pad) {
        Element fakeSink = ElementFactory.make("fakesink", null);
        fakeSink.set("sync", false);
        added.add(fakeSink);
        pipeline.add(fakeSink);
        fakeSink.syncStateWithParent();
        pad.link(fakeSink.getStaticPad("sink"));
    }

    /** Stops the pipeline and releases every native object it holds; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (!closed) {
            synchronized (added) {
                // A track being linked finishes first: adding elements to a pipeline while it goes to NULL can
                // deadlock GStreamer. Pads added later see closed and are left alone.
                closed = true;
            }
            source.disconnect(padHandler);
            sink.disconnect(sampleHandler);
            pipeline.getBus().disconnect(errorHandler);
            pipeline.getBus().disconnect(endOfStreamHandler);
            pipeline.setState(State.NULL);
            sink.dispose();
            source.dispose();
            synchronized (added) {
                added.forEach(Element::dispose);
            }
            pipeline.dispose();
        }
    }
}
