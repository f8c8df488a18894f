package org.argusvms.simulator.stamp;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.argusvms.simulator.h264.AccessUnit;
import org.argusvms.simulator.h264.NalUnit;

/**
 * Reads the H.264 pictures out of an FLV stream as ffmpeg writes it to a pipe. FLV rather than an Annex-B byte
 * stream because each FLV tag states its length: a picture is complete the moment its tag has been read, where
 * Annex B would only show its end when the next picture starts, one frame interval later.
 */
final class FlvVideoReader {

    private static final int TAG_VIDEO = 9;
    private static final int CODEC_AVC = 7;
    private static final int AVC_SEQUENCE_HEADER = 0;
    private static final int AVC_NAL_UNITS = 1;

    /** The parameter sets of the stream, from the AVC sequence header (avcC). */
    record ParameterSets(NalUnit sps, NalUnit pps, int lengthSize) {
    }

    private final DataInputStream in;
    private ParameterSets parameterSets;

    FlvVideoReader(InputStream in) {
        this.in = new DataInputStream(in);
    }

    /** The next picture, or null at the end of the stream. */
    AccessUnit next() throws IOException {
        if (parameterSets == null && !skipHeader()) {
            return null;
        }
        while (true) {
            int tagType = in.read();
            if (tagType < 0) {
                return null;
            }
            int size = in.readUnsignedShort() << 8 | in.readUnsignedByte();
            in.skipNBytes(3 + 1 + 3); // timestamp, its extension, stream id
            byte[] data = in.readNBytes(size);
            in.skipNBytes(4); // previous tag size
            if (data.length < size) {
                return null;
            }
            if (tagType != TAG_VIDEO || size < 5 || (data[0] & 0x0F) != CODEC_AVC) {
                continue;
            }
            if (data[1] == AVC_SEQUENCE_HEADER) {
                parameterSets = parseConfiguration(data, 5);
            } else if (data[1] == AVC_NAL_UNITS && parameterSets != null) {
                return new AccessUnit(splitNalUnits(data, 5, parameterSets.lengthSize()));
            }
        }
    }

    ParameterSets parameterSets() {
        return parameterSets;
    }

    private boolean skipHeader() throws IOException {
        byte[] signature = in.readNBytes(9);
        if (signature.length < 9) {
            return false;
        }
        if (signature[0] != 'F' || signature[1] != 'L' || signature[2] != 'V') {
            throw new IOException("not an FLV stream");
        }
        int headerSize = ((signature[5] & 0xFF) << 24) | ((signature[6] & 0xFF) << 16) | ((signature[7] & 0xFF) << 8)
                | (signature[8] & 0xFF);
        in.skipNBytes(headerSize - 9 + 4); // rest of the header, previous tag size 0
        parameterSets = null;
        return true;
    }

    /** AVCDecoderConfigurationRecord (ISO 14496-15): the first SPS and PPS and the NAL length size. */
    static ParameterSets parseConfiguration(byte[] data, int offset) throws IOException {
        try {
            int lengthSize = (data[offset + 4] & 0x03) + 1;
            int position = offset + 5;
            ParameterSetList spsList = ParameterSetList.read(data, position + 1, data[position] & 0x1F);
            position = spsList.end();
            ParameterSetList ppsList = ParameterSetList.read(data, position + 1, data[position] & 0xFF);
            NalUnit sps = spsList.first();
            NalUnit pps = ppsList.first();
            if (sps == null || pps == null) {
                throw new IOException("AVC configuration without SPS or PPS");
            }
            return new ParameterSets(sps, pps, lengthSize);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IOException("truncated AVC configuration", e);
        }
    }

    /** The first of {@code count} length-prefixed parameter sets, and where the list ends. */
    private record ParameterSetList(NalUnit first, int end) {

        static ParameterSetList read(byte[] data, int position, int count) {
            NalUnit first = null;
            for (int i = 0; i < count; i++) {
                int length = ((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF);
                if (first == null) {
                    first = new NalUnit(Arrays.copyOfRange(data, position + 2, position + 2 + length));
                }
                position += 2 + length;
            }
            return new ParameterSetList(first, position);
        }
    }

    private static List<NalUnit> splitNalUnits(byte[] data, int offset, int lengthSize) throws IOException {
        List<NalUnit> nalUnits = new ArrayList<>();
        int position = offset;
        while (position + lengthSize <= data.length) {
            int length = 0;
            for (int i = 0; i < lengthSize; i++) {
                length = length << 8 | (data[position + i] & 0xFF);
            }
            position += lengthSize;
            if (length <= 0 || position + length > data.length) {
                throw new IOException("malformed NAL unit length " + length);
            }
            nalUnits.add(new NalUnit(Arrays.copyOfRange(data, position, position + length)));
            position += length;
        }
        return nalUnits;
    }
}
