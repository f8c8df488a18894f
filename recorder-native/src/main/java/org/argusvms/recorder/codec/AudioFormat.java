package org.argusvms.recorder.codec;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * What a camera's audio track is: codec, sample rate (also the RTP clock rate), channels, and for AAC the
 * AudioSpecificConfig (ISO/IEC 14496-3) a decoder needs, from the SDP's {@code config=}; for FLAC the metadata blocks
 * of its {@code dfLa} box; empty for G.711.
 */
public final class AudioFormat {

    private final AudioCodec codec;
    private final int sampleRate;
    private final int channels;
    private final byte[] decoderConfig;

    public AudioFormat(AudioCodec codec, int sampleRate, int channels, byte[] decoderConfig) {
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("sample rate and channels must be positive");
        }
        this.codec = codec;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.decoderConfig = decoderConfig.clone();
    }

    public AudioCodec codec() {
        return codec;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return channels;
    }

    public byte[] decoderConfig() {
        return decoderConfig.clone();
    }

    /** The RFC 6381 codec string for MP4 ({@code mp4a.40.2} for AAC-LC), or the sample entry name for G.711. */
    public String codecString() {
        return switch (codec) {
            case AAC -> "mp4a.40." + (decoderConfig.length > 0 ? (decoderConfig[0] & 0xFF) >> 3 : 2);
            case PCMU -> "ulaw";
            case PCMA -> "alaw";
            case FLAC -> "flac";
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AudioFormat that && codec == that.codec && sampleRate == that.sampleRate
                && channels == that.channels && Arrays.equals(decoderConfig, that.decoderConfig);
    }

    @Override
    public int hashCode() {
        return (codec.hashCode() * 31 + sampleRate) * 31 + channels * 7 + Arrays.hashCode(decoderConfig);
    }

    @Override
    public String toString() {
        return codec + " " + sampleRate + " Hz " + channels + " ch"
                + (decoderConfig.length > 0 ? " config=" + HexFormat.of().formatHex(decoderConfig) : "");
    }
}
