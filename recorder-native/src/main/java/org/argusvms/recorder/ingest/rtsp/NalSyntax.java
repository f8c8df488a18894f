package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.NalUnitType;
import org.argusvms.recorder.h265.HevcNalUnitType;

/** What the depacketizing path needs to know about a codec's NAL unit headers. */
enum NalSyntax {
    /** H.264: one header byte, type in its low five bits; IDR is a key frame; SPS 7, PPS 8. */
    H264(1, new int[] {7, 8}) {
        @Override
        int type(byte[] nal, int offset) {
            return nal[offset] & 0x1F;
        }

        @Override
        boolean isKeyframe(int type) {
            return type == 5;
        }

        @Override
        boolean isPicture(int type) {
            return NalUnitType.isSlice(type);
        }

        @Override
        boolean belongsInSample(int type) {
            return NalUnitType.belongsInSample(type);
        }
    },
    /** H.265: two header bytes, type in bits 1..6 of the first; IRAP (16..23) are key frames; VPS, SPS, PPS. */
    H265(2, new int[] {32, 33, 34}) {
        @Override
        int type(byte[] nal, int offset) {
            return (nal[offset] >> 1) & 0x3F;
        }

        @Override
        boolean isKeyframe(int type) {
            return type >= 16 && type <= 23;
        }

        @Override
        boolean isPicture(int type) {
            return HevcNalUnitType.isSlice(type);
        }

        @Override
        boolean belongsInSample(int type) {
            return HevcNalUnitType.belongsInSample(type);
        }
    };

    private final int headerLength;
    private final int[] parameterSetTypes;

    NalSyntax(int headerLength, int[] parameterSetTypes) {
        this.headerLength = headerLength;
        this.parameterSetTypes = parameterSetTypes;
    }

    static NalSyntax of(VideoCodec codec) {
        return codec == VideoCodec.H265 ? H265 : H264;
    }

    abstract int type(byte[] nal, int offset);

    VideoCodec codec() {
        return this == H265 ? VideoCodec.H265 : VideoCodec.H264;
    }

    abstract boolean isKeyframe(int type);

    /** Coded slices, as opposed to metadata around them. */
    abstract boolean isPicture(int type);

    /** Whether the NAL unit goes into the MP4 sample (parameter sets, delimiters and filler do not). */
    abstract boolean belongsInSample(int type);

    int headerLength() {
        return headerLength;
    }

    /** The parameter set types a decoder needs before a key frame, in the order they must come. */
    int[] parameterSetTypes() {
        return parameterSetTypes.clone();
    }

    /** Index of the type in {@link #parameterSetTypes()}, or -1 if it is no parameter set. */
    int parameterSetIndex(int type) {
        for (int i = 0; i < parameterSetTypes.length; i++) {
            if (parameterSetTypes[i] == type) {
                return i;
            }
        }
        return -1;
    }
}
