package org.argusvms.recorder.live;

import org.argusvms.recorder.h264.MalformedBitstreamException;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.DecodingPipeline;
import org.argusvms.recorder.ingest.AppSinkSamples;
import org.argusvms.recorder.ingest.FrameAssembler;
import org.argusvms.recorder.ingest.FrameListener;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * A live H.264 transcode of a camera (H.265 in practice) for browsers without HEVC:
 * {@code appsrc ! h265parse ! avdec_h265 ! videoconvert ! x264enc tune=zerolatency speed-preset=ultrafast
 * ! h264parse ! appsink}, one per camera however many viewers watch it. x264 with zerolatency emits each picture as
 * soon as it is encoded (no B-frames, no lookahead); a key frame per second of the camera's frame rate lets viewers
 * join fast. The frames it produces carry the camera's timestamps, so the transcoded stream keeps the camera's pace.
 * Runs on one decoder and one encoder thread; falling behind skips to the camera's next key frame.
 */
final class H264Transcoder implements Transcoder {

    /** Frames queued beyond which the transcode counts as behind and skips to the next key frame. */
    private static final long MAX_BACKLOG = 12;
    /** Bits per pixel and second: about 2 Mbit/s at 720p, which keeps x264's ultrafast preset clean enough. */
    private static final double BITS_PER_PIXEL = 2.2;
    private static final int MIN_KBPS = 300;
    private static final int MAX_KBPS = 8000;
    private static final Logger LOG = Logger.getLogger(H264Transcoder.class.getName());

    private final DecodingPipeline pipeline;
    private final FrameAssembler assembler = new FrameAssembler();

    private H264Transcoder(String cameraId, String tail, FrameListener output, Clock clock) {
        pipeline = new DecodingPipeline("H.264 transcode of camera " + cameraId, tail, MAX_BACKLOG,
                frame -> frame.decodeTime() * 1_000_000_000L / VideoFrame.TIMESCALE,
                sample -> AppSinkSamples.readAccessUnit(sample, (annexB, pts, dts, keyframe) -> {
                    VideoFrame frame = assemble(annexB, pts, dts, keyframe, clock);
                    if (frame != null) {
                        output.onFrame(frame);
                    }
                }));
    }

    static Transcoder.Factory factory(Clock clock) {
        return (cameraId, source, frameTicks, output) -> {
            LOG.info(() -> "camera " + cameraId + ": starting the H.264 transcode of its " + source);
            return new H264Transcoder(cameraId, tail(source, frameTicks), output, clock);
        };
    }

    /** Encoder settings for the source's size and frame rate. */
    static String tail(ParameterSets source, int frameTicks) {
        int framesPerSecond = Math.max(1, Math.round((float) VideoFrame.TIMESCALE / Math.max(1, frameTicks)));
        long kbps = Math.round((double) source.width() * source.height() * BITS_PER_PIXEL / 1000);
        int bitrate = (int) Math.max(MIN_KBPS, Math.min(MAX_KBPS, kbps));
        return "videoconvert ! video/x-raw,format=I420"
                + " ! x264enc tune=zerolatency speed-preset=ultrafast threads=1 key-int-max=" + framesPerSecond
                + " bitrate=" + bitrate
                + " ! video/x-h264,profile=constrained-baseline"
                + " ! h264parse config-interval=-1 ! video/x-h264,stream-format=byte-stream,alignment=au"
                + " ! appsink name=sink emit-signals=true sync=false max-buffers=50 drop=false";
    }

    private VideoFrame assemble(byte[] annexB, long pts, long dts, boolean keyframe, Clock clock) {
        try {
            return assembler.assemble(annexB, pts, dts, keyframe, clock.millis());
        } catch (MalformedBitstreamException e) {
            return null; // x264 output that h264parse accepted; cannot happen short of a bug, and costs one frame
        }
    }

    @Override
    public void offer(VideoFrame frame) {
        pipeline.decode(frame);
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
