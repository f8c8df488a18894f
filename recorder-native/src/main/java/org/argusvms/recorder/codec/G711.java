package org.argusvms.recorder.codec;

/**
 * ITU-T G.711 µ-law and A-law to 16-bit linear PCM, by table (the reference expansion, as ffmpeg's pcm_mulaw and
 * pcm_alaw decode it). G.711 is stored as the camera sent it; this is for players that cannot decode it (browsers).
 */
public final class G711 {

    private static final short[] MU_LAW = new short[256];
    private static final short[] A_LAW = new short[256];

    static {
        for (int code = 0; code < 256; code++) {
            MU_LAW[code] = muLaw(code);
            A_LAW[code] = aLaw(code);
        }
    }

    private G711() {
    }

    /** The linear samples of {@code data}, one per byte. */
    public static short[] decode(byte[] data, AudioCodec codec) {
        if (!codec.isG711()) {
            throw new IllegalArgumentException(codec + " is not G.711");
        }
        short[] table = codec == AudioCodec.PCMU ? MU_LAW : A_LAW;
        short[] samples = new short[data.length];
        for (int i = 0; i < data.length; i++) {
            samples[i] = table[data[i] & 0xFF];
        }
        return samples;
    }

    private static short muLaw(int code) {
        int value = ~code & 0xFF;
        int magnitude = (((value & 0x0F) << 3) + 0x84) << ((value & 0x70) >> 4);
        return (short) ((value & 0x80) != 0 ? 0x84 - magnitude : magnitude - 0x84);
    }

    private static short aLaw(int code) {
        int value = code ^ 0x55;
        int magnitude = (value & 0x0F) << 4;
        int segment = (value & 0x70) >> 4;
        magnitude += segment == 0 ? 8 : 0x108;
        if (segment > 1) {
            magnitude <<= segment - 1;
        }
        return (short) ((value & 0x80) != 0 ? magnitude : -magnitude);
    }
}
