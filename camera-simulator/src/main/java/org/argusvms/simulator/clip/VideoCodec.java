package org.argusvms.simulator.clip;

import java.util.Locale;

/** The video codecs a simulated camera can serve, with how ffmpeg pre-encodes a clip in each. */
public enum VideoCodec {
    H264("h264"),
    H265("h265");

    private final String fileExtension;

    VideoCodec(String fileExtension) {
        this.fileExtension = fileExtension;
    }

    /** The extension of a cached raw (Annex-B) clip file. */
    public String fileExtension() {
        return fileExtension;
    }

    public static VideoCodec parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "h264", "h.264", "avc" -> H264;
            case "h265", "h.265", "hevc" -> H265;
            default -> throw new IllegalArgumentException("unknown codec '" + name + "'; choose h264 or h265");
        };
    }
}
