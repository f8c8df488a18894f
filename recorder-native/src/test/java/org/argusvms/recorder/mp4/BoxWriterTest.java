package org.argusvms.recorder.mp4;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoxWriterTest {

    private static byte[] filled(int size, int value) {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) value);
        return data;
    }

    @Test
    void largeArraysAreWrittenInPlaceAmongInlineFieldsAndPatchesLandOnTheirBoxes() {
        byte[] first = filled(BoxWriter.REFERENCE_THRESHOLD, 0x11);
        byte[] small = filled(10, 0x22);
        byte[] second = filled(5000, 0x33);
        BoxWriter out = new BoxWriter(64);
        int outer = out.open("moof");
        out.u32(7);
        out.bytes(first);
        int inner = out.open("free");
        out.bytes(small).bytes(second).u16(0xABCD);
        out.close(inner);
        out.close(outer);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        int innerSize = 8 + small.length + second.length + 2;
        int outerSize = 8 + 4 + first.length + innerSize;
        expected.writeBytes(ByteBuffer.allocate(12).putInt(outerSize).put("moof".getBytes()).putInt(7).array());
        expected.writeBytes(first);
        expected.writeBytes(ByteBuffer.allocate(8).putInt(innerSize).put("free".getBytes()).array());
        expected.writeBytes(small);
        expected.writeBytes(second);
        expected.writeBytes(new byte[] {(byte) 0xAB, (byte) 0xCD});
        assertArrayEquals(expected.toByteArray(), out.toByteArray());
        assertEquals(outerSize, out.position());
    }

    @Test
    void aPatchIntoAReferencedArrayIsRefused() {
        BoxWriter out = new BoxWriter(64);
        out.u32(0).bytes(filled(BoxWriter.REFERENCE_THRESHOLD, 1));

        assertThrows(IllegalArgumentException.class, () -> out.patchU32(6, 1));
    }
}
