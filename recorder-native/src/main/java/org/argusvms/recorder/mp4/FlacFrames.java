package org.argusvms.recorder.mp4;

import java.io.ByteArrayOutputStream;

/**
 * FLAC (RFC 9639) without compression: frames with one verbatim subframe per channel of 16-bit samples, and the
 * STREAMINFO block that describes them, as MP4 carries them ({@code fLaC} sample entry with a {@code dfLa} box,
 * "Encapsulation of FLAC in ISO Base Media File Format"). Lossless and trivial to write: for browsers, whose Media
 * Source plays FLAC in MP4 but not G.711. Frames use the variable block size strategy (the header counts samples),
 * so blocks may follow the camera's packets.
 */
public final class FlacFrames {

    /** Largest block written; longer runs of samples become several frames. */
    public static final int MAX_BLOCK_SIZE = 4608;
    private static final int MIN_BLOCK_SIZE = 16;
    private static final int BITS_PER_SAMPLE = 16;

    private FlacFrames() {
    }

    /** The dfLa payload after its full-box header: one metadata block, the last, STREAMINFO. */
    public static byte[] streamInfoBlock(int sampleRate, int channels) {
        if (sampleRate <= 0 || sampleRate > 655_350 || channels < 1 || channels > 8) {
            throw new IllegalArgumentException("no FLAC stream of " + sampleRate + " Hz, " + channels + " channels");
        }
        BoxWriter out = new BoxWriter(38);
        out.u8(0x80).u24(34); // last metadata block, type 0 STREAMINFO, 34 bytes
        out.u16(MIN_BLOCK_SIZE).u16(MAX_BLOCK_SIZE).u24(0).u24(0); // frame sizes unknown
        long packed = (long) sampleRate << 44 | (long) (channels - 1) << 41 | (long) (BITS_PER_SAMPLE - 1) << 36;
        out.u64(packed); // total samples unknown (0)
        out.zeros(16); // no MD5 of the audio
        return out.toByteArray();
    }

    /**
     * One frame of at most {@link #MAX_BLOCK_SIZE} samples per channel, interleaved in {@code samples}.
     *
     * @param firstSample the stream position of the frame's first sample (per channel)
     */
    public static byte[] verbatimFrame(short[] samples, int offset, int blockSize, int channels, int sampleRate,
                                       long firstSample) {
        if (blockSize < 1 || blockSize > MAX_BLOCK_SIZE) {
            throw new IllegalArgumentException("block size " + blockSize);
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream(16 + blockSize * channels * 2);
        frame.write(0xFF);
        frame.write(0xF9); // sync code, variable block size
        int rateCode = sampleRateCode(sampleRate);
        frame.write(0x70 | rateCode); // block size: 16 bits at the end of the header
        frame.write((channels - 1) << 4 | 0x08); // independent channels, 16 bits per sample
        writeCodedNumber(frame, firstSample);
        frame.write((blockSize - 1) >> 8);
        frame.write(blockSize - 1);
        if (rateCode == 0x0D) {
            frame.write(sampleRate >> 8);
            frame.write(sampleRate);
        }
        frame.write(crc8(frame.toByteArray()));
        for (int channel = 0; channel < channels; channel++) {
            frame.write(0x02); // verbatim subframe, no wasted bits
            for (int i = 0; i < blockSize; i++) {
                short sample = samples[offset + i * channels + channel];
                frame.write(sample >> 8);
                frame.write(sample);
            }
        }
        int crc = crc16(frame.toByteArray());
        frame.write(crc >> 8);
        frame.write(crc);
        return frame.toByteArray();
    }

    /** The header's sample rate code; 0x0D (16-bit rate in Hz at the end of the header) for the uncommon ones. */
    private static int sampleRateCode(int rate) {
        return switch (rate) {
            case 8000 -> 0x04;
            case 16000 -> 0x05;
            case 22050 -> 0x06;
            case 24000 -> 0x07;
            case 32000 -> 0x08;
            case 44100 -> 0x09;
            case 48000 -> 0x0A;
            case 96000 -> 0x0B;
            default -> {
                if (rate > 0xFFFF) {
                    throw new IllegalArgumentException("sample rate " + rate + " needs a code this writer lacks");
                }
                yield 0x0D;
            }
        };
    }

    /** The sample number in FLAC's UTF-8-like coding (up to 36 bits). */
    private static void writeCodedNumber(ByteArrayOutputStream out, long value) {
        if (value < 0x80) {
            out.write((int) value);
            return;
        }
        int continuation = 1;
        while (value >= 1L << (5 * continuation + 6) && continuation < 6) {
            continuation++;
        }
        int leadingOnes = 0xFF << (7 - continuation) & 0xFF;
        out.write(leadingOnes | (int) (value >> (6 * continuation)));
        for (int i = continuation - 1; i >= 0; i--) {
            out.write(0x80 | (int) (value >> (6 * i)) & 0x3F);
        }
    }

    static int crc8(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80) != 0 ? (crc << 1) ^ 0x07 : crc << 1;
            }
            crc &= 0xFF;
        }
        return crc;
    }

    static int crc16(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x8005 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }
}
