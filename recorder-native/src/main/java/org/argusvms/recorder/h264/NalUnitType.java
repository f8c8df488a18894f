package org.argusvms.recorder.h264;

/** NAL unit types (ITU-T H.264 table 7-1) this recorder treats specially. */
public final class NalUnitType {

    public static final int NON_IDR_SLICE = 1;
    public static final int IDR_SLICE = 5;
    public static final int SEI = 6;
    public static final int SPS = 7;
    public static final int PPS = 8;
    public static final int ACCESS_UNIT_DELIMITER = 9;
    public static final int FILLER = 12;

    private NalUnitType() {
    }

    public static int of(byte header) {
        return header & 0x1F;
    }

    /** Coded slices (types 1..5) carry picture data; everything else is metadata around them. */
    public static boolean isSlice(int type) {
        return type >= NON_IDR_SLICE && type <= IDR_SLICE;
    }

    /** What an MP4 sample holds: not the delimiters and filler, nor the parameter sets (they live in avcC). */
    public static boolean belongsInSample(int type) {
        return type != ACCESS_UNIT_DELIMITER && type != FILLER && type != SPS && type != PPS;
    }
}
