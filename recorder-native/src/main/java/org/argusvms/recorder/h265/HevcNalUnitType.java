package org.argusvms.recorder.h265;

/** NAL unit types (ITU-T H.265 table 7-1) this recorder treats specially; the type sits in a two-byte header. */
public final class HevcNalUnitType {

    public static final int FIRST_IRAP = 16;
    public static final int IDR_W_RADL = 19;
    public static final int LAST_IRAP = 23;
    public static final int VPS = 32;
    public static final int SPS = 33;
    public static final int PPS = 34;
    public static final int ACCESS_UNIT_DELIMITER = 35;
    public static final int FILLER = 38;

    private HevcNalUnitType() {
    }

    public static int of(byte firstHeaderByte) {
        return (firstHeaderByte >> 1) & 0x3F;
    }

    /** Coded slice segments (types 0..31) carry picture data; everything else is metadata around them. */
    public static boolean isSlice(int type) {
        return type < VPS;
    }

    /** What an MP4 sample holds: not VPS, SPS, PPS (they live in hvcC), delimiters and filler. */
    public static boolean belongsInSample(int type) {
        return (type < VPS || type > ACCESS_UNIT_DELIMITER) && type != FILLER;
    }

    /** Intra random access points (BLA, IDR, CRA): a decoder can start at them. */
    public static boolean isIrap(int type) {
        return type >= FIRST_IRAP && type <= LAST_IRAP;
    }
}
