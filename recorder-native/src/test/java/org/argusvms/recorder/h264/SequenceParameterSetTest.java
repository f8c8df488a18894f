package org.argusvms.recorder.h264;

import org.argusvms.recorder.testing.H264Clips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SequenceParameterSetTest {

    /** SPS NAL units as x264 and a GStreamer test camera wrote them; sizes and codec strings as ffprobe reports. */
    @ParameterizedTest
    @CsvSource({
        "67640028acd940780227e5c044000003000400000300c83c60c658, 1920, 1080, avc1.640028", // crops 1088 -> 1080
        "67640028acd94078044fde0220000003002000000643e2c5b2c0, 1920, 1080, avc1.640028", // interlaced (field pairs)
        "674d401feca02802dd80880000030008000003019078c18cb0, 1280, 720, avc1.4d401f",
        "6742c01fda014016ec05a808080a000003000200000300651e306540, 1280, 720, avc1.42c01f", // via rtph264depay
    })
    void parsesPictureSizeAndCodecString(String hex, int width, int height, String codec) {
        SequenceParameterSet sps = SequenceParameterSet.parse(HexFormat.of().parseHex(hex));

        assertEquals(width, sps.width());
        assertEquals(height, sps.height());
        assertEquals(codec, sps.codecString());
    }

    @Test
    void readsChromaFormatAndBitDepthOfHighProfile() {
        SequenceParameterSet sps = SequenceParameterSet.parse(
                HexFormat.of().parseHex("67640028acd940780227e5c044000003000400000300c83c60c658"));

        assertEquals(100, sps.profileIdc());
        assertEquals(1, sps.chromaFormatIdc());
        assertEquals(0, sps.bitDepthLumaMinus8());
    }

    @Test
    void matchesFfprobeForTheTestClips() {
        byte[] high = AccessUnit.parseAnnexB(H264Clips.accessUnits(H264Clips.HIGH_320X180).get(0))
                .sequenceParameterSet();
        byte[] baseline = AccessUnit.parseAnnexB(H264Clips.accessUnits(H264Clips.BASELINE_176X144).get(0))
                .sequenceParameterSet();

        assertEquals(new SequenceParameterSet(100, 0, 12, 1, 0, 0, 320, 180), SequenceParameterSet.parse(high));
        assertEquals("avc1.42c00b", SequenceParameterSet.parse(baseline).codecString());
        assertEquals(176, SequenceParameterSet.parse(baseline).width());
    }

    @Test
    void rejectsTruncatedAndForeignData() {
        byte[] sps = HexFormat.of().parseHex("67640028acd940780227e5c044000003000400000300c83c60c658");

        assertThrows(MalformedBitstreamException.class,
                () -> SequenceParameterSet.parse(Arrays.copyOf(sps, 6)));
        assertThrows(MalformedBitstreamException.class,
                () -> SequenceParameterSet.parse(HexFormat.of().parseHex("68ce3c80")));
        assertThrows(MalformedBitstreamException.class,
                () -> SequenceParameterSet.parse(HexFormat.of().parseHex("6764002800000000000000")));
    }
}
