package org.argusvms.recorder.h264;

/**
 * Reads bits and Exp-Golomb codes from a NAL unit's payload, skipping emulation-prevention bytes (00 00 03) on the
 * fly (ITU-T H.264 7.4.1 and 9.1; H.265 follows the same rules).
 */
public final class RbspBitReader {

    private final byte[] data;
    private final int end;
    private int bytePosition;
    private int bitPosition;
    private int zeroRun;
    private int currentByte;

    /**
     * Reads {@code data[offset, offset + length)}; the offset should point after the NAL header (one byte in H.264,
     * two in H.265).
     */
    public RbspBitReader(byte[] data, int offset, int length) {
        this.data = data;
        this.end = offset + length;
        this.bytePosition = offset;
        this.bitPosition = 8;
    }

    public int readBit() {
        if (bitPosition == 8) {
            loadNextByte();
        }
        int bit = (currentByte >> (7 - bitPosition)) & 1;
        bitPosition++;
        return bit;
    }

    public int readBits(int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            value = (value << 1) | readBit();
        }
        return value;
    }

    public boolean readFlag() {
        return readBit() == 1;
    }

    /** ue(v). */
    public int readUnsignedExpGolomb() {
        int leadingZeros = 0;
        while (readBit() == 0) {
            leadingZeros++;
            if (leadingZeros > 31) {
                throw new MalformedBitstreamException("Exp-Golomb code longer than 32 bits");
            }
        }
        long value = (1L << leadingZeros) - 1 + (leadingZeros == 0 ? 0 : readBitsLong(leadingZeros));
        if (value > Integer.MAX_VALUE) {
            throw new MalformedBitstreamException("Exp-Golomb value out of range");
        }
        return (int) value;
    }

    /** se(v). */
    public int readSignedExpGolomb() {
        int codeNum = readUnsignedExpGolomb();
        return (codeNum & 1) == 1 ? (codeNum + 1) / 2 : -(codeNum / 2);
    }

    private long readBitsLong(int count) {
        long value = 0;
        for (int i = 0; i < count; i++) {
            value = (value << 1) | readBit();
        }
        return value;
    }

    private void loadNextByte() {
        if (bytePosition >= end) {
            throw new MalformedBitstreamException("NAL unit ended early");
        }
        int next = data[bytePosition++] & 0xFF;
        if (zeroRun >= 2 && next == 3) {
            zeroRun = 0;
            loadNextByte();
            return;
        }
        zeroRun = next == 0 ? zeroRun + 1 : 0;
        currentByte = next;
        bitPosition = 0;
    }
}
