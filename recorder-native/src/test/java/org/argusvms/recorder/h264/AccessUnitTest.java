package org.argusvms.recorder.h264;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessUnitTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void splitsAtThreeAndFourByteStartCodes() {
        AccessUnit unit = AccessUnit.parseAnnexB(HEX.parseHex(
                "00000001 0910 000001 6742c01f 00000001 68ce3c80 000001 65aabb00".replace(" ", "")));

        List<String> nals = unit.nalUnits().stream().map(HEX::formatHex).toList();

        assertEquals(List.of("0910", "6742c01f", "68ce3c80", "65aabb"), nals);
    }

    @Test
    void lengthPrefixedSampleKeepsSlicesAndSeiButNotDelimitersOrParameterSets() {
        AccessUnit unit = AccessUnit.parseAnnexB(HEX.parseHex(
                "00000001091000000001674200000000000168ce3c800000010605aa000001658899"));

        assertEquals("000000030605aa" + "00000003658899", HEX.formatHex(unit.toLengthPrefixedSample()));
        assertTrue(unit.hasSlice());
    }

    @Test
    void repeatedPictureParameterSetsCountOnce() {
        AccessUnit unit = AccessUnit.parseAnnexB(
                HEX.parseHex("0000000168ce3c80" + "0000000168ce3c80" + "0000000165aa"));

        assertEquals(1, unit.pictureParameterSets().size());
    }

    @Test
    void parameterSetsAloneAreNoPicture() {
        AccessUnit unit = AccessUnit.parseAnnexB(HEX.parseHex("00000001674200" + "0000000168ce3c80"));

        assertFalse(unit.hasSlice());
    }
}
