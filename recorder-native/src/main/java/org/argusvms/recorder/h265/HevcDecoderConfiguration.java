package org.argusvms.recorder.h265;

import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.ParameterSets;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The HEVCDecoderConfigurationRecord (ISO/IEC 14496-15 8.3.3.1), the payload of an {@code hvcC} box: profile, tier
 * and level as the SPS has them, chroma format, bit depths, 4-byte NAL lengths, and arrays of VPS, SPS and PPS.
 */
public final class HevcDecoderConfiguration {

    private static final int LENGTH_SIZE_MINUS_ONE = 3;

    private HevcDecoderConfiguration() {
    }

    public static byte[] of(ParameterSets parameterSets) {
        if (parameterSets.codec() != VideoCodec.H265
                || !(parameterSets.format() instanceof HevcSequenceParameterSet sps)) {
            throw new IllegalArgumentException("an hvcC record needs H.265 parameter sets, got "
                    + parameterSets.codec());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(1); // configurationVersion
        out.writeBytes(sps.generalProfileTierLevel());
        out.write(0xF0); // reserved + min_spatial_segmentation_idc 0 (unknown) ...
        out.write(0x00);
        out.write(0xFC); // ... reserved + parallelismType 0 (unknown)
        out.write(0xFC | sps.chromaFormatIdc());
        out.write(0xF8 | sps.bitDepthLumaMinus8());
        out.write(0xF8 | sps.bitDepthChromaMinus8());
        out.write(0); // avgFrameRate 0: unspecified
        out.write(0);
        // constantFrameRate 0, numTemporalLayers, temporalIdNested, lengthSizeMinusOne
        out.write(((sps.maxSubLayersMinus1() + 1) << 3) | (sps.temporalIdNesting() ? 0x04 : 0)
                | LENGTH_SIZE_MINUS_ONE);
        out.write(3); // numOfArrays
        writeArray(out, HevcNalUnitType.VPS, parameterSets.videoParameterSetNals());
        writeArray(out, HevcNalUnitType.SPS, List.of(parameterSets.sequenceParameterSetNal()));
        writeArray(out, HevcNalUnitType.PPS, parameterSets.pictureParameterSetNals());
        return out.toByteArray();
    }

    /** array_completeness 1: every parameter set of this type is here, none comes in-band only. */
    private static void writeArray(ByteArrayOutputStream out, int nalUnitType, List<byte[]> nalUnits) {
        out.write(0x80 | nalUnitType);
        out.write(nalUnits.size() >> 8);
        out.write(nalUnits.size());
        for (byte[] nal : nalUnits) {
            out.write(nal.length >> 8);
            out.write(nal.length);
            out.writeBytes(nal);
        }
    }
}
