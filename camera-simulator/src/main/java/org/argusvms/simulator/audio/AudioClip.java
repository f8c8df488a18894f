package org.argusvms.simulator.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A looped audio clip cut into units once: AAC frames of 1024 samples (from ADTS, headers removed), or single G.711
 * samples of one byte. The unit at any position of an endless timeline is {@code unit(n % unitCount)}.
 */
public final class AudioClip {

    /** Samples per AAC-LC frame. */
    static final int AAC_FRAME_SAMPLES = 1024;
    private static final int[] AAC_SAMPLE_RATES =
            {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350};

    private final AudioCodec codec;
    private final byte[] g711Samples;
    private final List<byte[]> aacFrames;
    private final String aacConfig;

    private AudioClip(AudioCodec codec, byte[] g711Samples, List<byte[]> aacFrames, String aacConfig) {
        this.codec = codec;
        this.g711Samples = g711Samples;
        this.aacFrames = aacFrames;
        this.aacConfig = aacConfig;
    }

    /**
     * Reads a clip that {@code ClipGenerator.audioClipFor} wrote.
     *
     * @throws IOException when the file cannot be read, or an ADTS stream is malformed or not at the codec's rate
     */
    public static AudioClip load(Path file, AudioCodec codec) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (codec != AudioCodec.AAC) {
            if (bytes.length == 0) {
                throw new IOException("empty G.711 clip " + file);
            }
            return new AudioClip(codec, bytes, null, null);
        }
        List<byte[]> frames = new ArrayList<>();
        String config = null;
        int offset = 0;
        while (offset + 7 <= bytes.length) {
            if ((bytes[offset] & 0xFF) != 0xFF || (bytes[offset + 1] & 0xF0) != 0xF0) {
                throw new IOException("no ADTS sync word at byte " + offset + " of " + file);
            }
            boolean crc = (bytes[offset + 1] & 0x01) == 0;
            int objectType = ((bytes[offset + 2] & 0xC0) >> 6) + 1;
            int rateIndex = (bytes[offset + 2] & 0x3C) >> 2;
            int channels = ((bytes[offset + 2] & 0x01) << 2) | ((bytes[offset + 3] & 0xC0) >> 6);
            int frameLength = ((bytes[offset + 3] & 0x03) << 11) | ((bytes[offset + 4] & 0xFF) << 3)
                    | ((bytes[offset + 5] & 0xE0) >> 5);
            int headerLength = crc ? 9 : 7;
            if (frameLength < headerLength || offset + frameLength > bytes.length) {
                throw new IOException("truncated ADTS frame at byte " + offset + " of " + file);
            }
            if (rateIndex >= AAC_SAMPLE_RATES.length || AAC_SAMPLE_RATES[rateIndex] != codec.sampleRate()) {
                throw new IOException("ADTS clip " + file + " is not at " + codec.sampleRate() + " Hz");
            }
            if (config == null) {
                config = audioSpecificConfig(objectType, rateIndex, channels);
            }
            byte[] frame = new byte[frameLength - headerLength];
            System.arraycopy(bytes, offset + headerLength, frame, 0, frame.length);
            frames.add(frame);
            offset += frameLength;
        }
        if (frames.isEmpty()) {
            throw new IOException("no AAC frames in " + file);
        }
        return new AudioClip(codec, null, List.copyOf(frames), config);
    }

    /** ISO/IEC 14496-3 AudioSpecificConfig, 2 bytes in hex: what RFC 3640's {@code config=} carries. */
    static String audioSpecificConfig(int objectType, int rateIndex, int channels) {
        int value = objectType << 11 | rateIndex << 7 | channels << 3;
        return HexFormat.of().formatHex(new byte[] {(byte) (value >> 8), (byte) value});
    }

    public AudioCodec codec() {
        return codec;
    }

    /** Samples per unit: 1024 for AAC, 1 for G.711. */
    public int samplesPerUnit() {
        return codec == AudioCodec.AAC ? AAC_FRAME_SAMPLES : 1;
    }

    public int unitCount() {
        return codec == AudioCodec.AAC ? aacFrames.size() : g711Samples.length;
    }

    /** The AAC frame at a position of the endless loop. */
    public byte[] aacFrame(long position) {
        return aacFrames.get((int) (position % aacFrames.size()));
    }

    /** The G.711 sample at a position of the endless loop. */
    public byte g711Sample(long position) {
        return g711Samples[(int) (position % g711Samples.length)];
    }

    /** The AudioSpecificConfig in hex, for the SDP; null for G.711. */
    public String aacConfig() {
        return aacConfig;
    }
}
