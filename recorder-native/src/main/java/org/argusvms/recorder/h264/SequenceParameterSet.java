package org.argusvms.recorder.h264;

import org.argusvms.recorder.codec.PictureFormat;

import java.util.Locale;
import java.util.Set;

/**
 * The fields of an H.264 sequence parameter set (ITU-T H.264 7.3.2.1.1) that containers and players need: profile,
 * level and constraint flags for the RFC 6381 codec string, chroma format and bit depths for the avcC box, and the
 * displayed picture size after cropping.
 */
public record SequenceParameterSet(int profileIdc, int constraintFlags, int levelIdc, int chromaFormatIdc,
                                   int bitDepthLumaMinus8, int bitDepthChromaMinus8, int width, int height)
        implements PictureFormat {

    /** Profiles whose SPS carries chroma format and bit depth (and whose avcC carries them too). */
    static final Set<Integer> HIGH_PROFILES = Set.of(100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135);

    private static final int MAX_DIMENSION = 16384;

    /**
     * Parses an SPS NAL unit including its one-byte header.
     *
     * @throws MalformedBitstreamException if the data is not a plausible SPS
     */
    public static SequenceParameterSet parse(byte[] nal) {
        if (nal.length < 4 || NalUnitType.of(nal[0]) != NalUnitType.SPS) {
            throw new MalformedBitstreamException("not a sequence parameter set");
        }
        RbspBitReader reader = new RbspBitReader(nal, 1, nal.length - 1);
        int profileIdc = reader.readBits(8);
        int constraintFlags = reader.readBits(8);
        int levelIdc = reader.readBits(8);
        reader.readUnsignedExpGolomb(); // seq_parameter_set_id
        int chromaFormatIdc = 1;
        boolean separateColourPlane = false;
        int bitDepthLumaMinus8 = 0;
        int bitDepthChromaMinus8 = 0;
        if (HIGH_PROFILES.contains(profileIdc)) {
            chromaFormatIdc = reader.readUnsignedExpGolomb();
            if (chromaFormatIdc > 3) {
                throw new MalformedBitstreamException("chroma_format_idc " + chromaFormatIdc);
            }
            if (chromaFormatIdc == 3) {
                separateColourPlane = reader.readFlag();
            }
            bitDepthLumaMinus8 = reader.readUnsignedExpGolomb();
            bitDepthChromaMinus8 = reader.readUnsignedExpGolomb();
            reader.readFlag(); // qpprime_y_zero_transform_bypass_flag
            if (reader.readFlag()) { // seq_scaling_matrix_present_flag
                int lists = chromaFormatIdc == 3 ? 12 : 8;
                for (int i = 0; i < lists; i++) {
                    if (reader.readFlag()) {
                        skipScalingList(reader, i < 6 ? 16 : 64);
                    }
                }
            }
        }
        reader.readUnsignedExpGolomb(); // log2_max_frame_num_minus4
        int picOrderCntType = reader.readUnsignedExpGolomb();
        if (picOrderCntType == 0) {
            reader.readUnsignedExpGolomb(); // log2_max_pic_order_cnt_lsb_minus4
        } else if (picOrderCntType == 1) {
            reader.readFlag(); // delta_pic_order_always_zero_flag
            reader.readSignedExpGolomb(); // offset_for_non_ref_pic
            reader.readSignedExpGolomb(); // offset_for_top_to_bottom_field
            int cycle = reader.readUnsignedExpGolomb();
            if (cycle > 255) {
                throw new MalformedBitstreamException("num_ref_frames_in_pic_order_cnt_cycle " + cycle);
            }
            for (int i = 0; i < cycle; i++) {
                reader.readSignedExpGolomb();
            }
        } else if (picOrderCntType != 2) {
            throw new MalformedBitstreamException("pic_order_cnt_type " + picOrderCntType);
        }
        reader.readUnsignedExpGolomb(); // max_num_ref_frames
        reader.readFlag(); // gaps_in_frame_num_value_allowed_flag
        long widthInMbs = reader.readUnsignedExpGolomb() + 1L;
        long heightInMapUnits = reader.readUnsignedExpGolomb() + 1L;
        boolean frameMbsOnly = reader.readFlag();
        if (!frameMbsOnly) {
            reader.readFlag(); // mb_adaptive_frame_field_flag
        }
        reader.readFlag(); // direct_8x8_inference_flag
        long cropLeft = 0;
        long cropRight = 0;
        long cropTop = 0;
        long cropBottom = 0;
        if (reader.readFlag()) {
            cropLeft = reader.readUnsignedExpGolomb();
            cropRight = reader.readUnsignedExpGolomb();
            cropTop = reader.readUnsignedExpGolomb();
            cropBottom = reader.readUnsignedExpGolomb();
        }
        int chromaArrayType = separateColourPlane ? 0 : chromaFormatIdc;
        int frameHeightFactor = frameMbsOnly ? 1 : 2;
        int cropUnitX = chromaArrayType == 0 ? 1 : (chromaFormatIdc == 3 ? 1 : 2);
        int cropUnitY = (chromaArrayType == 0 ? 1 : (chromaFormatIdc == 1 ? 2 : 1)) * frameHeightFactor;
        long width = widthInMbs * 16 - cropUnitX * (cropLeft + cropRight);
        long height = frameHeightFactor * heightInMapUnits * 16 - cropUnitY * (cropTop + cropBottom);
        if (width <= 0 || height <= 0 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
            throw new MalformedBitstreamException("implausible picture size " + width + "x" + height);
        }
        return new SequenceParameterSet(profileIdc, constraintFlags, levelIdc, chromaFormatIdc,
                bitDepthLumaMinus8, bitDepthChromaMinus8, (int) width, (int) height);
    }

    /** The RFC 6381 codec parameter, e.g. {@code avc1.64001f} for High profile level 3.1. */
    @Override
    public String codecString() {
        return String.format(Locale.ROOT, "avc1.%02x%02x%02x", profileIdc, constraintFlags, levelIdc);
    }

    private static void skipScalingList(RbspBitReader reader, int size) {
        int lastScale = 8;
        int nextScale = 8;
        for (int j = 0; j < size; j++) {
            if (nextScale != 0) {
                int delta = reader.readSignedExpGolomb();
                nextScale = (lastScale + delta + 256) % 256;
            }
            lastScale = nextScale == 0 ? lastScale : nextScale;
        }
    }
}
