package org.argusvms.simulator.clip;

/** Everything that determines a generated clip; equal specs share one cached file. */
public record ClipSpec(TestPattern pattern, int width, int height, int fps, int gop, int seconds, int bitrateKbps,
                       VideoCodec codec) {

    public ClipSpec {
        if (pattern == null || codec == null) {
            throw new IllegalArgumentException("pattern and codec are required");
        }
        requireRange("width", width, 16, 4096);
        requireRange("height", height, 16, 4096);
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("width and height must be even for yuv420p, got " + width + "x" + height);
        }
        requireRange("fps", fps, 1, 120);
        requireRange("gop", gop, 1, 3600);
        requireRange("clip seconds", seconds, 1, 600);
        requireRange("bitrate (kbit/s)", bitrateKbps, 16, 100_000);
    }

    /** An H.264 clip. */
    public ClipSpec(TestPattern pattern, int width, int height, int fps, int gop, int seconds, int bitrateKbps) {
        this(pattern, width, height, fps, gop, seconds, bitrateKbps, VideoCodec.H264);
    }

    /** The same clip in another codec. */
    public ClipSpec in(VideoCodec otherCodec) {
        return new ClipSpec(pattern, width, height, fps, gop, seconds, bitrateKbps, otherCodec);
    }

    public String cacheFileName() {
        return pattern.lavfiSource() + "-" + width + "x" + height + "-" + fps + "fps-gop" + gop + "-" + seconds + "s-"
                + bitrateKbps + "k." + codec.fileExtension();
    }

    /** The still picture of this clip's pattern and size. */
    public String snapshotFileName() {
        return pattern.lavfiSource() + "-" + width + "x" + height + ".jpg";
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
        }
    }
}
