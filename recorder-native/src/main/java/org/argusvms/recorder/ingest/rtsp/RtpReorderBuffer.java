package org.argusvms.recorder.ingest.rtsp;

import java.util.Arrays;

/**
 * Puts RTP packets that arrived over UDP back into sequence-number order before they reach the depacketizer.
 * A packet that arrives in order passes straight through without a copy; one that arrives early is copied into a
 * slot and waits for the packets before it. A missing packet is declared lost, and the packets after it are released,
 * once the newest held packet is {@code window} sequence numbers ahead, or the oldest held one has waited
 * {@code maxDelayNanos}: the receiver downstream then sees the gap and counts it, as it does on TCP. Duplicates and
 * packets that come after their successors were released are dropped. Sequence numbers wrap at 65535.
 * Used on one thread (the selector loop).
 */
final class RtpReorderBuffer {

    /** Receives packets in sequence order; the bytes are valid only during the call. */
    interface Sink {
        void onPacket(byte[] packet, int offset, int length);
    }

    private static final int SEQUENCE_MASK = 0xFFFF;
    /** A jump this far ahead is a new sequence (the camera restarted its stream), not reordering. */
    private static final int RESTART_DISTANCE = 0x1000;

    private final Sink sink;
    private final int window;
    private final long maxDelayNanos;
    private final byte[][] slots;
    private final int[] lengths;
    private final long[] arrivals;
    private final boolean[] held;
    private boolean started;
    /** The sequence number the sink gets next. */
    private int expected;
    private int heldCount;
    private long received;
    private long duplicatesOrLate;
    private long declaredLost;
    /** Extended (with wrap count) highest sequence number received, for RTCP receiver reports. */
    private long extendedHighest = -1;

    /**
     * @param window        how many sequence numbers ahead of a missing packet may arrive before it is given up; a power
     *                      of two (slots are indexed by the sequence number's low bits, across the wrap at 65535)
     * @param maxDelayNanos how long a packet may wait for a missing predecessor
     */
    RtpReorderBuffer(int window, long maxDelayNanos, Sink sink) {
        if (Integer.bitCount(window) != 1 || window > RESTART_DISTANCE) {
            throw new IllegalArgumentException("window must be a power of two up to " + RESTART_DISTANCE);
        }
        this.sink = sink;
        this.window = window;
        this.maxDelayNanos = maxDelayNanos;
        this.slots = new byte[window][];
        this.lengths = new int[window];
        this.arrivals = new long[window];
        this.held = new boolean[window];
    }

    /** One RTP packet, {@code packet[offset, offset + length)}, that arrived at {@code nowNanos}. */
    void offer(byte[] packet, int offset, int length, long nowNanos) {
        if (length < 4) {
            return;
        }
        int sequence = ((packet[offset + 2] & 0xFF) << 8) | (packet[offset + 3] & 0xFF);
        if (!started) {
            started = true;
            expected = sequence;
            extendedHighest = sequence;
        }
        int ahead = (sequence - expected) & SEQUENCE_MASK;
        if (ahead >= 0x8000) {
            duplicatesOrLate++;
            return;
        }
        if (ahead >= RESTART_DISTANCE) {
            releaseAllHeld();
            expected = sequence;
            ahead = 0;
        }
        noteHighest(sequence);
        if (ahead >= window) {
            advanceToWithinWindowOf(sequence);
            ahead = (sequence - expected) & SEQUENCE_MASK;
        }
        if (ahead == 0) {
            received++;
            expected = (expected + 1) & SEQUENCE_MASK;
            sink.onPacket(packet, offset, length);
            releaseConsecutive();
        } else {
            hold(sequence, packet, offset, length, nowNanos);
        }
        releaseExpired(nowNanos);
    }

    /** Gives up on missing packets whose successors have waited too long; call now and then when nothing arrives. */
    void releaseExpired(long nowNanos) {
        while (heldCount > 0 && nowNanos - oldestArrival() >= maxDelayNanos) {
            giveUpOnMissing();
        }
    }

    private void hold(int sequence, byte[] packet, int offset, int length, long nowNanos) {
        int slot = slotOf(sequence);
        if (held[slot]) {
            duplicatesOrLate++;
            return;
        }
        if (slots[slot] == null || slots[slot].length < length) {
            slots[slot] = new byte[Math.max(length, 1500)];
        }
        System.arraycopy(packet, offset, slots[slot], 0, length);
        lengths[slot] = length;
        arrivals[slot] = nowNanos;
        held[slot] = true;
        heldCount++;
        received++;
    }

    /** Releases held packets and gives up on missing ones, in order, until {@code sequence} fits the window. */
    private void advanceToWithinWindowOf(int sequence) {
        while (((sequence - expected) & SEQUENCE_MASK) >= window) {
            int slot = slotOf(expected);
            if (held[slot]) {
                held[slot] = false;
                heldCount--;
                sink.onPacket(slots[slot], 0, lengths[slot]);
            } else {
                declaredLost++;
            }
            expected = (expected + 1) & SEQUENCE_MASK;
        }
        releaseConsecutive();
    }

    /** Skips the missing packets before the first held one and releases what follows it in sequence. */
    private void giveUpOnMissing() {
        if (heldCount == 0) {
            return;
        }
        while (!held[slotOf(expected)]) {
            declaredLost++;
            expected = (expected + 1) & SEQUENCE_MASK;
        }
        releaseConsecutive();
    }

    private void releaseConsecutive() {
        while (heldCount > 0 && held[slotOf(expected)]) {
            int slot = slotOf(expected);
            held[slot] = false;
            heldCount--;
            expected = (expected + 1) & SEQUENCE_MASK;
            sink.onPacket(slots[slot], 0, lengths[slot]);
        }
    }

    private void releaseAllHeld() {
        while (heldCount > 0) {
            giveUpOnMissing();
        }
    }

    /** Held packets lie within one window of consecutive sequence numbers, so they never share a slot. */
    private int slotOf(int sequence) {
        return sequence & (window - 1);
    }

    private long oldestArrival() {
        long oldest = Long.MAX_VALUE;
        for (int slot = 0; slot < window; slot++) {
            if (held[slot] && arrivals[slot] < oldest) {
                oldest = arrivals[slot];
            }
        }
        return oldest;
    }

    private void noteHighest(int sequence) {
        int highest = (int) (extendedHighest & SEQUENCE_MASK);
        int ahead = (sequence - highest) & SEQUENCE_MASK;
        if (ahead != 0 && ahead < 0x8000) {
            extendedHighest += ahead;
        }
    }

    /** Distinct packets taken in (delivered or held). */
    long received() {
        return received;
    }

    /** Packets given up as lost after the window or the delay. */
    long declaredLost() {
        return declaredLost;
    }

    /** Duplicates, and packets that arrived after later ones had been released. */
    long duplicatesOrLate() {
        return duplicatesOrLate;
    }

    /** Highest sequence number seen, counting wraps (RFC 3550's extended highest sequence number); -1 before any. */
    long extendedHighestSequence() {
        return extendedHighest;
    }

    /** Drops what is held, e.g. when the connection ends. */
    void clear() {
        Arrays.fill(held, false);
        heldCount = 0;
    }
}
