package org.argusvms.simulator.h265;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

class H265ClipTest {

    private static final byte[] VPS = {0x40, 0x01, 0x0C};
    private static final byte[] SPS = {0x42, 0x01, 0x01};
    private static final byte[] PPS = {0x44, 0x01, (byte) 0xC1};
    private static final byte[] AUD = {0x46, 0x01, 0x10};

    private static byte[] slice(int type, boolean firstOfPicture) {
        return new byte[] {(byte) (type << 1), 0x01, (byte) (firstOfPicture ? 0x80 : 0x00), 0x55};
    }

    private static byte[] annexB(byte[]... nalUnits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] nal : nalUnits) {
            out.writeBytes(new byte[] {0, 0, 0, 1});
            out.writeBytes(nal);
        }
        return out.toByteArray();
    }

    @Test
    void groupsSliceSegmentsIntoPicturesAndStartsAtTheFirstKeyFrame() {
        byte[] stream = annexB(slice(1, true), VPS, SPS, PPS, slice(19, true), slice(19, false),
                AUD, slice(1, true), slice(21, true), slice(1, true));

        H265Clip clip = H265Clip.of(stream, 25);

        // the leading non-IRAP picture is dropped; the CRA (21) gets the parameter sets the encoder sent once
        assertEquals(List.of(List.of(32, 33, 34, 19, 19), List.of(35, 1), List.of(32, 33, 34, 21), List.of(1)),
                clip.accessUnits().stream().map(unit -> unit.stream().map(HevcNalUnit::type).toList()).toList());
        assertEquals(List.of(true, false, true, false),
                clip.accessUnits().stream().map(H265Clip::isIrap).toList());
    }

    @Test
    void aStreamWithoutParameterSetsIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> H265Clip.of(annexB(slice(19, true)), 25));
        assertEquals("H.265 stream has no video parameter set (VPS)", error.getMessage());
    }
}
