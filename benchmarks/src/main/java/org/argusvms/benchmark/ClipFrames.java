package org.argusvms.benchmark;

import org.argusvms.recorder.h264.AccessUnit;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.simulator.clip.ClipGenerator;
import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.h264.NalUnit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A camera simulator clip (pre-encoded, no B-frames, fixed GOP) as the recorder's {@link VideoFrame}s, looped at its
 * frame rate: what ingest would hand to storage, without RTSP and without waiting for real time.
 */
final class ClipFrames {

    private final Path file;
    private final int fps;
    private final List<byte[]> samples = new ArrayList<>();
    private final List<Boolean> keyframes = new ArrayList<>();
    private final List<ParameterSets> parameterSets = new ArrayList<>();

    private ClipFrames(Path file, int fps) {
        this.file = file;
        this.fps = fps;
    }

    /** The clip of {@code spec} from the simulator's clip cache (generated with ffmpeg once). */
    static ClipFrames of(ClipSpec spec) throws IOException {
        Path file = new ClipGenerator(ClipGenerator.DEFAULT_CACHE_DIRECTORY).clipFor(spec);
        ClipFrames clip = new ClipFrames(file, spec.fps());
        ParameterSets current = null;
        for (org.argusvms.simulator.h264.AccessUnit unit : H264Clip.load(file, spec.fps()).accessUnits()) {
            AccessUnit parsed = AccessUnit.parseAnnexB(annexB(unit));
            if (parsed.sequenceParameterSet() != null) {
                current = new ParameterSets(parsed.sequenceParameterSet(), parsed.pictureParameterSets());
            }
            if (current == null) {
                throw new IllegalStateException(file + " does not start with its parameter sets");
            }
            clip.samples.add(parsed.toLengthPrefixedSample());
            clip.keyframes.add(unit.isIdr());
            clip.parameterSets.add(current);
        }
        return clip;
    }

    private static byte[] annexB(org.argusvms.simulator.h264.AccessUnit unit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (NalUnit nal : unit.nalUnits()) {
            out.writeBytes(new byte[] {0, 0, 0, 1});
            out.writeBytes(nal.bytes());
        }
        return out.toByteArray();
    }

    Path file() {
        return file;
    }

    int fps() {
        return fps;
    }

    int frameTicks() {
        return VideoFrame.TIMESCALE / fps;
    }

    /** The {@code n}-th frame of the endlessly looped clip, stamped as if it arrived at {@code startMillis} + n frames. */
    VideoFrame frame(long n, long startMillis) {
        int i = (int) (n % samples.size());
        return new VideoFrame(samples.get(i), n * frameTicks(), 0, frameTicks(), keyframes.get(i), parameterSets.get(i),
                startMillis + n * 1000 / fps);
    }

    /** The clip's own length before looping, whole seconds. */
    long seconds() {
        return Math.max(1, samples.size() / fps);
    }

    /** Frames of {@code seconds} of looped video. */
    long framesIn(long seconds) {
        return seconds * fps;
    }
}
