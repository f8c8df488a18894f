package org.argusvms.recorder.h265;

import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.MalformedBitstreamException;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.testing.H264Clips;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HevcSequenceParameterSetTest {

    private final List<byte[]> units = H264Clips.accessUnits(H264Clips.MAIN_320X180_H265);
    private final HevcAccessUnit keyframe = HevcAccessUnit.parseAnnexB(units.get(0));

    @Test
    void readsSizeAfterTheConformanceWindowProfileTierLevelAndFormat() {
        ParameterSets parameterSets = keyframe.parameterSets();

        HevcSequenceParameterSet sps = (HevcSequenceParameterSet) parameterSets.format();
        // x265 codes 320x184 (a multiple of its 8-pixel minimum coding block) and crops 4 rows
        assertEquals(320, sps.width());
        assertEquals(180, sps.height());
        assertEquals(1, sps.profileIdc(), "Main");
        assertFalse(sps.highTier());
        assertEquals(60, sps.levelIdc(), "level 2");
        assertEquals(1, sps.chromaFormatIdc(), "4:2:0");
        assertEquals(0, sps.bitDepthLumaMinus8());
        assertEquals("hvc1.1.6.L60.90", sps.codecString());
        assertEquals(VideoCodec.H265, parameterSets.codec());
        assertEquals("video/mp4; codecs=\"hvc1.1.6.L60.90\"", parameterSets.mimeType());
    }

    @Test
    void keyframesCarryVpsSpsAndPpsWhichStayOutOfTheSample() {
        assertTrue(keyframe.isKeyframe());
        assertTrue(keyframe.hasPicture());
        List<Integer> types = keyframe.nalUnits().stream().map(nal -> HevcNalUnitType.of(nal[0])).toList();
        assertEquals(List.of(35, 32, 33, 34), types.subList(0, 4), "delimiter, VPS, SPS, PPS");

        byte[] sample = keyframe.toLengthPrefixedSample();

        List<Integer> sampleTypes = new java.util.ArrayList<>();
        for (int offset = 0; offset < sample.length; ) {
            int length = ((sample[offset] & 0xFF) << 24) | ((sample[offset + 1] & 0xFF) << 16)
                    | ((sample[offset + 2] & 0xFF) << 8) | (sample[offset + 3] & 0xFF);
            sampleTypes.add(HevcNalUnitType.of(sample[offset + 4]));
            offset += 4 + length;
        }
        assertFalse(sampleTypes.stream().anyMatch(type -> type >= 32 && type <= 35), sampleTypes.toString());
        assertTrue(sampleTypes.stream().anyMatch(HevcNalUnitType::isIrap), sampleTypes.toString());
    }

    @Test
    void laterPicturesAreNeitherKeyframesNorCarryParameterSets() {
        HevcAccessUnit second = HevcAccessUnit.parseAnnexB(units.get(1));

        assertFalse(second.isKeyframe());
        assertTrue(second.hasPicture());
        assertNull(second.parameterSets());
    }

    @Test
    void hvcCRecordCopiesProfileTierLevelAndListsTheParameterSets() {
        ParameterSets parameterSets = keyframe.parameterSets();
        HevcSequenceParameterSet sps = (HevcSequenceParameterSet) parameterSets.format();

        byte[] hvcC = HevcDecoderConfiguration.of(parameterSets);

        assertEquals(1, hvcC[0], "configurationVersion");
        assertArrayEquals(sps.generalProfileTierLevel(), Arrays.copyOfRange(hvcC, 1, 13));
        assertEquals(0xFC | 1, hvcC[16] & 0xFF, "chroma format 4:2:0");
        assertEquals(3, hvcC[21] & 3, "4-byte NAL lengths");
        assertEquals(3, hvcC[22], "arrays of VPS, SPS, PPS");
        assertEquals(0x80 | 32, hvcC[23] & 0xFF, "complete VPS array first");
        byte[] vps = parameterSets.videoParameterSetNals().get(0);
        assertEquals(vps.length, ((hvcC[26] & 0xFF) << 8) | (hvcC[27] & 0xFF));
        assertArrayEquals(vps, Arrays.copyOfRange(hvcC, 28, 28 + vps.length));
        int expectedLength = 23 + 3 * 5 + vps.length + parameterSets.sequenceParameterSetNal().length
                + parameterSets.pictureParameterSetNals().get(0).length;
        assertEquals(expectedLength, hvcC.length);
    }

    @Test
    void anSpsThatIsNotOneIsRejected() {
        byte[] sps = keyframe.nalUnits().get(2);

        assertThrows(MalformedBitstreamException.class,
                () -> HevcSequenceParameterSet.parse(Arrays.copyOf(sps, 8)));
        assertThrows(MalformedBitstreamException.class,
                () -> HevcSequenceParameterSet.parse(keyframe.nalUnits().get(1)), "a VPS");
    }
}
