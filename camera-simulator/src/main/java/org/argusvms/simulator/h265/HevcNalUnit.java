package org.argusvms.simulator.h265;

/**
 * One H.265 NAL unit as it travels in RTP: the two-byte NAL header followed by the payload, without an Annex-B
 * start code. The array is shared, not copied: NAL units are immutable by convention and replayed many times.
 */
public record HevcNalUnit(byte[] bytes) {

    public static final int TYPE_VPS = 32;
    public static final int TYPE_SPS = 33;
    public static final int TYPE_PPS = 34;
    public static final int TYPE_ACCESS_UNIT_DELIMITER = 35;
    public static final int TYPE_PREFIX_SEI = 39;
    private static final int FIRST_IRAP_TYPE = 16;
    private static final int LAST_IRAP_TYPE = 23;
    private static final int FIRST_NON_VCL_TYPE = 32;

    public HevcNalUnit {
        if (bytes.length < 2) {
            throw new IllegalArgumentException("an H.265 NAL unit has a two-byte header");
        }
        if ((bytes[0] & 0x80) != 0) {
            throw new IllegalArgumentException("NAL unit has forbidden_zero_bit set: not H.265 or corrupt");
        }
    }

    public int type() {
        return (bytes[0] >> 1) & 0x3F;
    }

    public int size() {
        return bytes.length;
    }

    /** Types 0 to 31 are coded slice segments (VCL); the rest is metadata. */
    public boolean isSlice() {
        return type() < FIRST_NON_VCL_TYPE;
    }

    /** Intra random access point (BLA, IDR, CRA): a decoder can start here. */
    public boolean isIrap() {
        int type = type();
        return type >= FIRST_IRAP_TYPE && type <= LAST_IRAP_TYPE;
    }

    /** first_slice_segment_in_pic_flag, the first bit after the NAL header of a slice segment. */
    public boolean isFirstSliceOfPicture() {
        return isSlice() && bytes.length > 2 && (bytes[2] & 0x80) != 0;
    }

    /** Non-VCL types that start a new access unit when they follow a slice (H.265 7.4.2.4.4). */
    boolean precedesPicture() {
        int type = type();
        return (type >= TYPE_VPS && type <= TYPE_ACCESS_UNIT_DELIMITER) || type == TYPE_PREFIX_SEI
                || (type >= 41 && type <= 44) || (type >= 48 && type <= 55);
    }
}
