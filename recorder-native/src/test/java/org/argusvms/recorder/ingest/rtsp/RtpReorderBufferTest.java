package org.argusvms.recorder.ingest.rtsp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Sequence order restored for UDP: what the depacketizer receives, and what is counted as lost. */
class RtpReorderBufferTest {

    private static final long MAX_DELAY = TimeUnit.MILLISECONDS.toNanos(100);

    private final List<Integer> delivered = new ArrayList<>();
    private final RtpReorderBuffer buffer = new RtpReorderBuffer(8, MAX_DELAY,
            (packet, offset, length) -> delivered.add(((packet[offset + 2] & 0xFF) << 8) | (packet[offset + 3] & 0xFF)));

    @Test
    void packetsInOrderPassStraightThrough() {
        offer(0, 10, 11, 12, 13);

        assertEquals(List.of(10, 11, 12, 13), delivered);
        assertEquals(4, buffer.received());
        assertEquals(0, buffer.declaredLost());
    }

    @Test
    void reorderedPacketsAreDeliveredInSequence() {
        offer(0, 10, 12, 13, 11, 14);

        assertEquals(List.of(10, 11, 12, 13, 14), delivered);
        assertEquals(0, buffer.declaredLost());
    }

    @Test
    void duplicatesAndPacketsAfterTheirSuccessorsAreDropped() {
        offer(0, 10, 11, 11, 13, 13, 12, 10);

        assertEquals(List.of(10, 11, 12, 13), delivered);
        assertEquals(3, buffer.duplicatesOrLate());
    }

    @Test
    void sequenceNumbersWrapAt65535() {
        offer(0, 65533, 65535, 0, 65534, 1);

        assertEquals(List.of(65533, 65534, 65535, 0, 1), delivered);
        assertEquals(65536 + 1, buffer.extendedHighestSequence());
    }

    @Test
    void aGapIsDeclaredLostOnceTheWindowHasPassedIt() {
        offer(0, 10, 12, 13, 14, 15, 16, 17, 18);
        assertEquals(List.of(10), delivered, "11 may still come: 18 is within the window of 8");

        offer(0, 19);

        assertEquals(List.of(10, 12, 13, 14, 15, 16, 17, 18, 19), delivered);
        assertEquals(1, buffer.declaredLost());
    }

    @Test
    void aGapIsDeclaredLostAfterTheLongestWait() {
        offer(0, 10, 12);

        buffer.releaseExpired(MAX_DELAY - 1);
        assertEquals(List.of(10), delivered);

        buffer.releaseExpired(MAX_DELAY);
        assertEquals(List.of(10, 12), delivered);
        assertEquals(1, buffer.declaredLost());

        offer(MAX_DELAY, 11);
        assertEquals(List.of(10, 12), delivered, "too late: 12 already went");
    }

    @Test
    void aPacketFarBeyondTheWindowReleasesWhatWaitedAndCountsTheRestLost() {
        offer(0, 10, 12, 30);

        assertEquals(List.of(10, 12), delivered, "30 waits for the 7 before it, as far as the window reaches");
        assertEquals(1 + 10, buffer.declaredLost());

        buffer.releaseExpired(MAX_DELAY);
        assertEquals(List.of(10, 12, 30), delivered);
        assertEquals(1 + 17, buffer.declaredLost());
    }

    @Test
    void aRestartedSequenceIsFollowedNotWaitedFor() {
        offer(0, 10, 11, 30_000, 30_001);

        assertEquals(List.of(10, 11, 30_000, 30_001), delivered);
    }

    @Test
    void theWindowMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new RtpReorderBuffer(100, MAX_DELAY, (p, o, l) -> { }));
    }

    private void offer(long nowNanos, int... sequences) {
        for (int sequence : sequences) {
            byte[] packet = {(byte) 0x80, 96, (byte) (sequence >> 8), (byte) sequence, 0, 0, 0, 0, 0, 0, 0, 0};
            buffer.offer(packet, 0, packet.length, nowNanos);
        }
    }
}
