package org.argusvms.recorder.media;

import org.argusvms.recorder.ingest.GStreamerRuntime;
import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.Bus;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.FlowReturn;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.elements.AppSink;
import org.freedesktop.gstreamer.elements.AppSrc;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a GStreamer pipeline over recorded media held in memory: the bytes go into the appsrc named {@code source},
 * every sample of the appsink named {@code sink} goes to a {@link SampleConsumer} on GStreamer's streaming thread, and
 * the caller waits for the consumer's result. The pipeline is torn down whatever happens, so a clip that does not
 * decode costs neither a thread nor native memory.
 */
final class InMemoryPipeline {

    /** Receives the samples; completes {@link #result()} when it has what it wants, at the end, or on an error. */
    interface SampleConsumer<T> {

        /** Called for each sample, which the consumer disposes of; FlowReturn.EOS stops the pipeline early. */
        FlowReturn offer(Sample sample);

        /** The media ended. */
        void finish();

        /** GStreamer reported an error; the message names what failed. */
        void fail(String message);

        CompletableFuture<T> result();
    }

    private InMemoryPipeline() {
    }

    /**
     * @throws TimeoutException      if the consumer had no result within {@code timeout} (the pipeline is torn down)
     * @throws IllegalStateException as the consumer failed its result with
     */
    static <T> T run(String description, byte[] input, SampleConsumer<T> consumer, Duration timeout)
            throws TimeoutException, InterruptedException {
        GStreamerRuntime.ensureInitialized();
        Pipeline pipeline = (Pipeline) Gst.parseLaunch(description);
        AppSrc source = (AppSrc) pipeline.getElementByName("source");
        AppSink sink = (AppSink) pipeline.getElementByName("sink");
        AppSink.NEW_SAMPLE onSample = appSink -> consumer.offer(appSink.pullSample());
        Bus.ERROR onError = (origin, code, message) -> consumer.fail(message);
        Bus.EOS onEnd = origin -> consumer.finish();
        sink.connect(onSample);
        pipeline.getBus().connect(onError);
        pipeline.getBus().connect(onEnd);
        try {
            pipeline.play();
            Buffer buffer = new Buffer(input.length);
            buffer.map(true).put(input);
            buffer.unmap();
            source.pushBuffer(buffer);
            source.endOfStream();
            return consumer.result().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw (IllegalStateException) e.getCause();
        } finally {
            sink.disconnect(onSample);
            pipeline.getBus().disconnect(onError);
            pipeline.getBus().disconnect(onEnd);
            pipeline.setState(State.NULL);
            for (Element element : new Element[] {source, sink}) {
                element.dispose();
            }
            pipeline.dispose();
        }
    }
}
