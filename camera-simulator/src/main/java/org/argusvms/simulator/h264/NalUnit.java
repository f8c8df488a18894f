package org.argusvms.simulator.h264;

/**
 * One H.264 NAL unit as it travels in RTP: the NAL header byte followed by the payload, without an Annex-B start
 * code. The array is shared, not copied: NAL units are immutable by convention and replayed many times per second.
 */
public record NalUnit(byte[] bytes) {

    public static final int TYPE_NON_IDR_SLICE = 1;
    public static final int TYPE_IDR_SLICE = 5;
    public static final int TYPE_SEI = 6;
    public static final int TYPE_SPS = 7;
    public static final int TYPE_PPS = 8;
    public static final int TYPE_ACCESS_UNIT_DELIMITER = 9;

    public NalUnit {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("empty NAL unit");
        }
        if ((bytes[0] & 0x80) != 0) {
            throw new IllegalArgumentException("NAL unit has forbidden_zero_bit set: not H.264 or corrupt");
        }
    }

    public int type() {
        return bytes[0] & 0x1F;
    }

    public int size() {
        return bytes.length;
    }

    /** Coded slice types 1 to 5 carry picture data (VCL); everything else is metadata. */
    public boolean isSlice() {
        int type = type();
        return type >= TYPE_NON_IDR_SLICE && type <= TYPE_IDR_SLICE;
    }

    public boolean isIdr() {
        return type() == TYPE_IDR_SLICE;
    }

    /**
     * True for the first slice of a picture. first_mb_in_slice is the first field of the slice header, coded ue(v);
     * its value is 0 exactly when its first bit is 1.
     */
    public boolean isFirstSliceOfPicture() {
        return isSlice() && bytes.length > 1 && (bytes[1] & 0x80) != 0;
    }
}
