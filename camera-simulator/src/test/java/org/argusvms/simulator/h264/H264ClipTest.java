package org.argusvms.simulator.h264;

import static org.argusvms.simulator.h264.SyntheticH264.PPS;
import static org.argusvms.simulator.h264.SyntheticH264.SPS;
import static org.argusvms.simulator.h264.SyntheticH264.annexB;
import static org.argusvms.simulator.h264.SyntheticH264.slice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class H264ClipTest {

    @Test
    void everyIdrCarriesParameterSetsEvenIfTheEncoderSentThemOnce() {
        H264Clip clip = H264Clip.of(SyntheticH264.clip(6, 3, 40), 25);

        assertEquals(6, clip.frameCount());
        AccessUnit secondIdr = clip.accessUnits().get(3);
        assertTrue(secondIdr.isIdr());
        assertEquals(List.of(7, 8, 5), secondIdr.nalUnits().stream().map(NalUnit::type).toList());
        assertArrayEquals(SPS, clip.sps().bytes());
        assertArrayEquals(PPS, clip.pps().bytes());
    }

    @Test
    void parameterSetsGoAfterAnAccessUnitDelimiter() {
        byte[] aud = {0x09, (byte) 0xF0};
        H264Clip clip = H264Clip.of(annexB(SPS, PPS, slice(true, true, 10, 1), aud, slice(true, true, 10, 2)), 25);

        assertEquals(List.of(9, 7, 8, 5), clip.accessUnits().get(1).nalUnits().stream().map(NalUnit::type).toList());
    }

    @Test
    void replayStartsAtTheFirstIdr() {
        H264Clip clip = H264Clip.of(annexB(slice(false, true, 10, 1), SPS, PPS, slice(true, true, 10, 2),
                slice(false, true, 10, 3)), 25);

        assertEquals(2, clip.frameCount());
        assertTrue(clip.accessUnits().get(0).isIdr());
    }

    @Test
    void rejectsStreamsWithoutParameterSetsOrKeyFrames() {
        IllegalArgumentException noSps = assertThrows(IllegalArgumentException.class,
                () -> H264Clip.of(annexB(PPS, slice(true, true, 10, 1)), 25));
        assertTrue(noSps.getMessage().contains("SPS"), noSps.getMessage());

        IllegalArgumentException noIdr = assertThrows(IllegalArgumentException.class,
                () -> H264Clip.of(annexB(SPS, PPS, slice(false, true, 10, 1)), 25));
        assertTrue(noIdr.getMessage().contains("IDR"), noIdr.getMessage());
    }
}
