package org.argusvms.simulator.audio;

import java.util.List;
import java.util.Locale;

/**
 * The audio a simulated camera can send beside its video, as IP cameras do: AAC-LC (RFC 3640, AAC-hbr) or G.711
 * µ-law/A-law (RFC 3551 static payload types 0 and 8). Rates are the usual camera ones.
 */
public enum AudioCodec {

    AAC("aac", 16_000, 97, "mpeg4-generic", "adts"),
    PCMU("pcmu", 8_000, 0, "PCMU", "ul"),
    PCMA("pcma", 8_000, 8, "PCMA", "al");

    private final String optionName;
    private final int sampleRate;
    private final int payloadType;
    private final String encodingName;
    private final String fileExtension;

    AudioCodec(String optionName, int sampleRate, int payloadType, String encodingName, String fileExtension) {
        this.optionName = optionName;
        this.sampleRate = sampleRate;
        this.payloadType = payloadType;
        this.encodingName = encodingName;
        this.fileExtension = fileExtension;
    }

    /** Samples per second, also the RTP clock rate. */
    public int sampleRate() {
        return sampleRate;
    }

    public int payloadType() {
        return payloadType;
    }

    /** The RTP encoding name of {@code a=rtpmap}. */
    public String encodingName() {
        return encodingName;
    }

    public String fileExtension() {
        return fileExtension;
    }

    /** ffmpeg's encoder and muxer options for the clip. */
    public List<String> ffmpegOutputOptions() {
        return switch (this) {
            case AAC -> List.of("-c:a", "aac", "-b:a", "32k", "-f", "adts");
            case PCMU -> List.of("-c:a", "pcm_mulaw", "-f", "mulaw");
            case PCMA -> List.of("-c:a", "pcm_alaw", "-f", "alaw");
        };
    }

    /** aac, pcmu (or g711u, mulaw), pcma (or g711a, alaw). */
    public static AudioCodec parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "aac" -> AAC;
            case "pcmu", "g711u", "mulaw", "ulaw" -> PCMU;
            case "pcma", "g711a", "alaw" -> PCMA;
            default -> throw new IllegalArgumentException("unknown audio codec '" + name + "'; choose aac, pcmu or pcma");
        };
    }

    @Override
    public String toString() {
        return optionName;
    }
}
