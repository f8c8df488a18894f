package org.argusvms.recorder.codec;

import org.argusvms.recorder.h264.AccessUnit;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h265.HevcAccessUnit;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * An access unit that an ingest assembled directly in MP4 sample form, so that nothing has to split it again at
 * start codes or copy it into a new layout: the sample (4-byte length-prefixed NAL units without parameter sets,
 * delimiters and filler) and, apart, the parameter set NAL units that came with it (or were prepended to a key
 * frame), in decoding order.
 *
 * @param sample        exactly the bytes MP4 stores; not copied, so the producer must not reuse the array
 * @param parameterSetNals parameter set NAL units without start codes, usually empty except at key frames
 * @param hasPicture    whether the sample holds coded slices
 */
public record LengthPrefixedAccessUnit(VideoCodec codec, byte[] sample, List<byte[]> parameterSetNals,
                                       boolean hasPicture) implements CodedAccessUnit {

    private static final byte[] START_CODE = {0, 0, 0, 1};

    @Override
    public ParameterSets parameterSets() {
        if (parameterSetNals.isEmpty()) {
            return null;
        }
        return codec == VideoCodec.H265 ? HevcAccessUnit.of(parameterSetNals).parameterSets()
                : AccessUnit.of(parameterSetNals).parameterSets();
    }

    @Override
    public byte[] toLengthPrefixedSample() {
        return sample;
    }

    /** The parameter sets and then the sample's NAL units, each behind a start code (for Annex-B consumers). */
    public byte[] toAnnexB() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sample.length + 64);
        for (byte[] parameterSet : parameterSetNals) {
            out.writeBytes(START_CODE);
            out.writeBytes(parameterSet);
        }
        int position = 0;
        while (position + 4 <= sample.length) {
            int length = ((sample[position] & 0xFF) << 24) | ((sample[position + 1] & 0xFF) << 16)
                    | ((sample[position + 2] & 0xFF) << 8) | (sample[position + 3] & 0xFF);
            out.writeBytes(START_CODE);
            out.write(sample, position + 4, length);
            position += 4 + length;
        }
        return out.toByteArray();
    }
}
