package org.argusvms.recorder.ingest.rtsp;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AacDepacketizerTest {

    private final AacDepacketizer depacketizer = new AacDepacketizer(13, 3, 3);
    private final List<byte[]> frames = new ArrayList<>();
    private final List<Integer> indexes = new ArrayList<>();

    @Test
    void severalFramesInOnePacketComeOutInOrderWithTheirPositions() {
        byte[] first = filled(100, 1);
        byte[] second = filled(7, 2);
        byte[] third = filled(300, 3);

        assertTrue(depacketize(payload(List.of(first, second, third), null), true));

        assertEquals(3, frames.size());
        assertArrayEquals(first, frames.get(0));
        assertArrayEquals(second, frames.get(1));
        assertArrayEquals(third, frames.get(2));
        assertEquals(List.of(0, 1, 2), indexes, "frame i is 1024 i samples after the packet's timestamp");
    }

    @Test
    void aFrameFragmentedOverThreePacketsIsReassembled() {
        byte[] frame = filled(2500, 9);

        assertTrue(depacketize(fragment(frame, 0, 1000), false));
        assertTrue(depacketize(fragment(frame, 1000, 2000), false));
        assertTrue(frames.isEmpty(), "nothing before the last fragment");
        assertTrue(depacketize(fragment(frame, 2000, 2500), true));

        assertEquals(1, frames.size());
        assertArrayEquals(frame, frames.get(0));
    }

    @Test
    void aLostFragmentDropsItsFrameButNotTheNextOne() {
        byte[] frame = filled(2500, 9);
        depacketize(fragment(frame, 0, 1000), false);
        depacketizer.reset(); // the receiver saw a sequence gap: the middle fragment was lost

        boolean wellFormed = depacketize(fragment(frame, 2000, 2500), true);
        depacketizer.reset();
        assertTrue(depacketize(payload(List.of(filled(50, 4)), null), true));

        assertFalse(wellFormed, "a tail without its head is not a frame");
        assertEquals(1, frames.size());
        assertEquals(50, frames.get(0).length);
    }

    @Test
    void sizesOverrunningThePacketOrInterleavingAreMalformed() {
        byte[] lying = payload(List.of(filled(10, 1), filled(10, 2)), null);
        byte[] truncated = Arrays.copyOf(lying, lying.length - 1);
        byte[] interleaved = payload(List.of(filled(10, 1), filled(10, 2)), 1);

        assertFalse(depacketize(truncated, true));
        assertFalse(depacketize(interleaved, true));
        assertFalse(depacketize(new byte[] {0, 0}, true), "no AU header at all");
        assertTrue(frames.isEmpty());
    }

    private boolean depacketize(byte[] payload, boolean marker) {
        return depacketizer.depacketize(payload, 0, payload.length, marker, (frame, index) -> {
            frames.add(frame);
            indexes.add(index);
        });
    }

    /** AAC-hbr payload; {@code indexDelta} non-null writes it into every header after the first. */
    static byte[] payload(List<byte[]> units, Integer indexDelta) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int bits = 16 * units.size();
        out.write(bits >> 8);
        out.write(bits);
        for (int i = 0; i < units.size(); i++) {
            int header = units.get(i).length << 3 | (i > 0 && indexDelta != null ? indexDelta : 0);
            out.write(header >> 8);
            out.write(header);
        }
        units.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] fragment(byte[] frame, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(16);
        out.write(frame.length >> 5);
        out.write(frame.length << 3);
        out.write(frame, from, to - from);
        return out.toByteArray();
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
