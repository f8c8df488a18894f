package org.argusvms.recorder.ingest;

import org.freedesktop.gstreamer.Buffer;
import org.freedesktop.gstreamer.BufferFlags;
import org.freedesktop.gstreamer.FlowReturn;
import org.freedesktop.gstreamer.Sample;
import org.freedesktop.gstreamer.elements.AppSink;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/** Takes samples out of an appsink: the pull-use-dispose cycle, and encoded access units (after alignment=au). */
public final class AppSinkSamples {

    /** Receives one access unit in Annex-B form; timestamps in nanoseconds, -1 when unknown. */
    @FunctionalInterface
    public interface AccessUnitConsumer {
        void accept(byte[] annexB, long ptsNanos, long dtsNanos, boolean keyframe);
    }

    private AppSinkSamples() {
    }

    /** Pulls the sink's next sample, hands it to the consumer and disposes it; EOS when the sink has none. */
    public static FlowReturn pull(AppSink sink, Consumer<Sample> consumer) {
        Sample sample = sink.pullSample();
        if (sample == null) {
            return FlowReturn.EOS;
        }
        try {
            consumer.accept(sample);
        } finally {
            sample.dispose();
        }
        return FlowReturn.OK;
    }

    /** Hands the sample's access unit to the consumer; the caller still owns (and disposes) the sample. */
    public static void readAccessUnit(Sample sample, AccessUnitConsumer consumer) {
        Buffer buffer = sample.getBuffer();
        try {
            ByteBuffer mapped = buffer.map(false);
            if (mapped == null) {
                return;
            }
            byte[] data = new byte[mapped.remaining()];
            mapped.get(data);
            buffer.unmap();
            boolean keyframe = !buffer.getFlags().contains(BufferFlags.DELTA_UNIT);
            consumer.accept(data, buffer.getPresentationTimestamp(), buffer.getDecodeTimestamp(), keyframe);
        } finally {
            buffer.dispose();
        }
    }
}
