package org.argusvms.recorder.h265;

import org.argusvms.recorder.codec.PictureFormat;
import org.argusvms.recorder.h264.MalformedBitstreamException;
import org.argusvms.recorder.h264.RbspBitReader;

import java.util.Arrays;
import java.util.Locale;

/**
 * The fields of an H.265 sequence parameter set (ITU-T H.265 7.3.2.2) that containers and players need: the general
 * profile, tier and level (copied verbatim into the hvcC box and spelled out in the RFC 6381 codec string), chroma
 * format and bit depths, the number of temporal layers, and the displayed picture size after the conformance window.
 *
 * @param generalProfileTierLevel the 12 bytes of general_profile_space ... general_level_idc
 */
public record HevcSequenceParameterSet(byte[] generalProfileTierLevel, int maxSubLayersMinus1,
                                       boolean temporalIdNesting, int chromaFormatIdc, int bitDepthLumaMinus8,
                                       int bitDepthChromaMinus8, int width, int height) implements PictureFormat {

    static final int GENERAL_PROFILE_TIER_LEVEL_BYTES = 12;
    private static final int MAX_DIMENSION = 16384;

    /**
     * Parses an SPS NAL unit including its two-byte header.
     *
     * @throws MalformedBitstreamException if the data is not a plausible SPS
     */
    public static HevcSequenceParameterSet parse(byte[] nal) {
        if (nal.length < 15 || HevcNalUnitType.of(nal[0]) != HevcNalUnitType.SPS) {
            throw new MalformedBitstreamException("not an H.265 sequence parameter set");
        }
        RbspBitReader reader = new RbspBitReader(nal, 2, nal.length - 2);
        reader.readBits(4); // sps_video_parameter_set_id
        int maxSubLayersMinus1 = reader.readBits(3);
        boolean temporalIdNesting = reader.readFlag();
        byte[] profileTierLevel = new byte[GENERAL_PROFILE_TIER_LEVEL_BYTES];
        for (int i = 0; i < profileTierLevel.length; i++) {
            profileTierLevel[i] = (byte) reader.readBits(8);
        }
        skipSubLayerProfileTierLevels(reader, maxSubLayersMinus1);
        reader.readUnsignedExpGolomb(); // sps_seq_parameter_set_id
        int chromaFormatIdc = reader.readUnsignedExpGolomb();
        if (chromaFormatIdc > 3) {
            throw new MalformedBitstreamException("chroma_format_idc " + chromaFormatIdc);
        }
        boolean separateColourPlanes = chromaFormatIdc == 3 && reader.readFlag();
        long width = reader.readUnsignedExpGolomb();
        long height = reader.readUnsignedExpGolomb();
        if (reader.readFlag()) { // conformance_window_flag: offsets in chroma sample units
            int chromaArrayType = separateColourPlanes ? 0 : chromaFormatIdc;
            int subWidth = chromaArrayType == 1 || chromaArrayType == 2 ? 2 : 1;
            int subHeight = chromaArrayType == 1 ? 2 : 1;
            width -= subWidth * ((long) reader.readUnsignedExpGolomb() + reader.readUnsignedExpGolomb());
            height -= subHeight * ((long) reader.readUnsignedExpGolomb() + reader.readUnsignedExpGolomb());
        }
        int bitDepthLumaMinus8 = reader.readUnsignedExpGolomb();
        int bitDepthChromaMinus8 = reader.readUnsignedExpGolomb();
        if (width <= 0 || height <= 0 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
            throw new MalformedBitstreamException("implausible picture size " + width + "x" + height);
        }
        if (bitDepthLumaMinus8 > 8 || bitDepthChromaMinus8 > 8) {
            throw new MalformedBitstreamException("implausible bit depth");
        }
        return new HevcSequenceParameterSet(profileTierLevel, maxSubLayersMinus1, temporalIdNesting, chromaFormatIdc,
                bitDepthLumaMinus8, bitDepthChromaMinus8, (int) width, (int) height);
    }

    /** profile_tier_level() after its general part (H.265 7.3.3). */
    private static void skipSubLayerProfileTierLevels(RbspBitReader reader, int maxSubLayersMinus1) {
        boolean[] profilePresent = new boolean[maxSubLayersMinus1];
        boolean[] levelPresent = new boolean[maxSubLayersMinus1];
        for (int i = 0; i < maxSubLayersMinus1; i++) {
            profilePresent[i] = reader.readFlag();
            levelPresent[i] = reader.readFlag();
        }
        if (maxSubLayersMinus1 > 0) {
            reader.readBits(2 * (8 - maxSubLayersMinus1)); // reserved_zero_2bits
        }
        for (int i = 0; i < maxSubLayersMinus1; i++) {
            if (profilePresent[i]) {
                skipBits(reader, 88);
            }
            if (levelPresent[i]) {
                reader.readBits(8);
            }
        }
    }

    private static void skipBits(RbspBitReader reader, int bits) {
        for (int remaining = bits; remaining > 0; remaining -= 8) {
            reader.readBits(Math.min(8, remaining));
        }
    }

    public int profileSpace() {
        return (generalProfileTierLevel[0] & 0xFF) >> 6;
    }

    public boolean highTier() {
        return (generalProfileTierLevel[0] & 0x20) != 0;
    }

    public int profileIdc() {
        return generalProfileTierLevel[0] & 0x1F;
    }

    public int levelIdc() {
        return generalProfileTierLevel[GENERAL_PROFILE_TIER_LEVEL_BYTES - 1] & 0xFF;
    }

    @Override
    public byte[] generalProfileTierLevel() {
        return generalProfileTierLevel.clone();
    }

    /**
     * The RFC 6381 codec parameter (ISO/IEC 14496-15 E.3), e.g. {@code hvc1.1.6.L93.B0} for Main profile, level 3.1:
     * profile space and idc, the compatibility flags in reverse bit order, tier and level, and the constraint bytes
     * without trailing zero bytes.
     */
    @Override
    public String codecString() {
        StringBuilder codec = new StringBuilder("hvc1.");
        if (profileSpace() > 0) {
            codec.append((char) ('A' + profileSpace() - 1));
        }
        codec.append(profileIdc()).append('.');
        int compatibility = ((generalProfileTierLevel[1] & 0xFF) << 24) | ((generalProfileTierLevel[2] & 0xFF) << 16)
                | ((generalProfileTierLevel[3] & 0xFF) << 8) | (generalProfileTierLevel[4] & 0xFF);
        codec.append(Integer.toHexString(Integer.reverse(compatibility)).toUpperCase(Locale.ROOT));
        codec.append('.').append(highTier() ? 'H' : 'L').append(levelIdc());
        int lastConstraintByte = 10;
        while (lastConstraintByte >= 5 && generalProfileTierLevel[lastConstraintByte] == 0) {
            lastConstraintByte--;
        }
        for (int i = 5; i <= lastConstraintByte; i++) {
            codec.append('.').append(String.format(Locale.ROOT, "%X", generalProfileTierLevel[i] & 0xFF));
        }
        return codec.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HevcSequenceParameterSet that
                && Arrays.equals(generalProfileTierLevel, that.generalProfileTierLevel)
                && maxSubLayersMinus1 == that.maxSubLayersMinus1 && temporalIdNesting == that.temporalIdNesting
                && chromaFormatIdc == that.chromaFormatIdc && bitDepthLumaMinus8 == that.bitDepthLumaMinus8
                && bitDepthChromaMinus8 == that.bitDepthChromaMinus8 && width == that.width && height == that.height;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(generalProfileTierLevel) * 31 + width * 17 + height;
    }
}
