package org.argusvms.simulator.h264;

import static org.argusvms.simulator.h264.SyntheticH264.PPS;
import static org.argusvms.simulator.h264.SyntheticH264.SPS;
import static org.argusvms.simulator.h264.SyntheticH264.annexB;
import static org.argusvms.simulator.h264.SyntheticH264.slice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnnexBParserTest {

    private static final byte[] AUD = {0x09, (byte) 0xF0};
    private static final byte[] SEI = {0x06, 0x05, 0x01, 0x00, (byte) 0x80};

    @Test
    void splitsOnThreeAndFourByteStartCodes() {
        byte[] idr = slice(true, true, 20, 7);
        byte[] stream = {0, 0, 0, 1, 0x67, 0x64, 0x00, 0x1F, 0x11, 0, 0, 1, 0x68, (byte) 0xEB, 0x12, 0, 0, 0, 1};
        byte[] withIdr = concat(stream, idr);

        List<NalUnit> nalUnits = AnnexBParser.splitNalUnits(withIdr);

        assertEquals(3, nalUnits.size());
        assertArrayEquals(new byte[] {0x67, 0x64, 0x00, 0x1F, 0x11}, nalUnits.get(0).bytes());
        assertArrayEquals(new byte[] {0x68, (byte) 0xEB, 0x12}, nalUnits.get(1).bytes());
        assertArrayEquals(idr, nalUnits.get(2).bytes());
    }

    @Test
    void trailingZeroBytesAndLeadingGarbageAreNotPayload() {
        byte[] stream = concat(new byte[] {0x55, 0x66}, annexB(SPS), new byte[] {0, 0, 0});

        List<NalUnit> nalUnits = AnnexBParser.splitNalUnits(stream);

        assertEquals(1, nalUnits.size());
        assertArrayEquals(SPS, nalUnits.get(0).bytes());
    }

    @Test
    void keepsEmulationPreventionBytesInsideNalUnits() {
        byte[] nal = {0x41, (byte) 0x80, 0x00, 0x00, 0x03, 0x01, 0x22};

        List<NalUnit> nalUnits = AnnexBParser.splitNalUnits(annexB(nal));

        assertEquals(1, nalUnits.size());
        assertArrayEquals(nal, nalUnits.get(0).bytes());
    }

    @Test
    void rejectsDataWithoutStartCode() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AnnexBParser.splitNalUnits(new byte[] {0x67, 0x64, 0, 0, 0x12}));
        assertTrue(error.getMessage().contains("start code"), error.getMessage());
    }

    @Test
    void rejectsNalUnitWithForbiddenBitSet() {
        assertThrows(IllegalArgumentException.class,
                () -> AnnexBParser.splitNalUnits(annexB(new byte[] {(byte) 0xE7, 0x01})));
    }

    @Test
    void groupsSlicesOfOnePictureIntoOneAccessUnit() {
        byte[] stream = annexB(SPS, PPS, SEI,
                slice(true, true, 30, 1), slice(true, false, 30, 1),
                slice(false, true, 30, 2), slice(false, false, 30, 2),
                slice(false, true, 30, 3));

        List<AccessUnit> accessUnits = AnnexBParser.parse(stream);

        assertEquals(3, accessUnits.size());
        assertEquals(List.of(7, 8, 6, 5, 5), types(accessUnits.get(0)));
        assertEquals(List.of(1, 1), types(accessUnits.get(1)));
        assertEquals(List.of(1), types(accessUnits.get(2)));
        assertTrue(accessUnits.get(0).isIdr());
        assertFalse(accessUnits.get(1).isIdr());
    }

    @Test
    void parameterSetsAndDelimitersAfterASliceStartTheNextAccessUnit() {
        byte[] stream = annexB(AUD, SPS, PPS, slice(true, true, 10, 1),
                AUD, slice(false, false, 10, 2),
                SPS, PPS, slice(true, false, 10, 3));

        List<AccessUnit> accessUnits = AnnexBParser.parse(stream);

        assertEquals(List.of(9, 7, 8, 5), types(accessUnits.get(0)));
        assertEquals(List.of(9, 1), types(accessUnits.get(1)));
        assertEquals(List.of(7, 8, 5), types(accessUnits.get(2)));
    }

    @Test
    void dropsTrailingNalUnitsWithoutPictureData() {
        List<AccessUnit> accessUnits = AnnexBParser.parse(annexB(SPS, PPS, slice(true, true, 10, 1), SEI));

        assertEquals(1, accessUnits.size());
        assertEquals(List.of(7, 8, 5), types(accessUnits.get(0)));
    }

    private static List<Integer> types(AccessUnit accessUnit) {
        return accessUnit.nalUnits().stream().map(NalUnit::type).toList();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
