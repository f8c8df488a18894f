package org.argusvms.recorder.ingest.rtsp;

import java.util.Arrays;

/**
 * RFC 3640 (mpeg4-generic) AAC payloads: an AU-headers-length, one AU header per access unit (AU-size, then
 * AU-Index or AU-Index-Delta bits, which are 0 for consecutive AAC frames), then the access units. A packet carries
 * several whole frames, or one fragment of a frame too large for a packet (then the header gives the whole frame's
 * size and the marker bit flags the last fragment). Interleaving (a non-zero index delta) is not supported: such a
 * packet is malformed for this depacketizer, as is any size that overruns the packet.
 */
final class AacDepacketizer {

    /** Receives each complete AAC frame and its position in the packet, to be timed at {@code timestamp + index * 1024}. */
    interface Sink {
        void onAccessUnit(byte[] frame, int index);
    }

    /** Largest frame accepted: a 13-bit AU-size. */
    private static final int MAX_FRAME_BYTES = 8191;

    private final int sizeLength;
    private final int indexLength;
    private final int indexDeltaLength;
    private byte[] fragment;
    private int fragmentFilled;

    AacDepacketizer(int sizeLength, int indexLength, int indexDeltaLength) {
        this.sizeLength = sizeLength;
        this.indexLength = indexLength;
        this.indexDeltaLength = indexDeltaLength;
    }

    /** @return false when the payload is malformed; the caller counts it and calls {@link #reset()} */
    boolean depacketize(byte[] packet, int offset, int length, boolean marker, Sink sink) {
        if (length < 2) {
            return false;
        }
        int headerBits = ((packet[offset] & 0xFF) << 8) | (packet[offset + 1] & 0xFF);
        int headerBytes = (headerBits + 7) / 8;
        int dataStart = offset + 2 + headerBytes;
        int end = offset + length;
        if (headerBits == 0 || dataStart > end) {
            return false;
        }
        BitReader headers = new BitReader(packet, offset + 2);
        int count = 0;
        int[] sizes = new int[Math.max(1, headerBits / Math.max(1, sizeLength))];
        int bitsRead = 0;
        while (bitsRead + sizeLength <= headerBits && count < sizes.length) {
            int indexBits = count == 0 ? indexLength : indexDeltaLength;
            sizes[count] = headers.read(sizeLength);
            if (headers.read(indexBits) != 0) {
                return false; // interleaved access units
            }
            bitsRead += sizeLength + indexBits;
            count++;
        }
        if (count == 0) {
            return false;
        }
        int data = dataStart;
        if (count == 1 && (fragment != null || sizes[0] > end - dataStart)) {
            return continueFragment(packet, dataStart, end - dataStart, sizes[0], marker, sink);
        }
        if (fragment != null) {
            return false; // a new frame began before the fragmented one completed
        }
        long total = 0;
        for (int i = 0; i < count; i++) {
            if (sizes[i] <= 0) {
                return false;
            }
            total += sizes[i];
        }
        if (data + total > end) {
            return false; // checked before delivering any: a malformed packet yields nothing
        }
        for (int i = 0; i < count; i++) {
            sink.onAccessUnit(Arrays.copyOfRange(packet, data, data + sizes[i]), i);
            data += sizes[i];
        }
        return true;
    }

    private boolean continueFragment(byte[] packet, int data, int available, int frameSize, boolean marker,
                                     Sink sink) {
        if (frameSize <= 0 || frameSize > MAX_FRAME_BYTES) {
            return false;
        }
        if (fragment == null) {
            fragment = new byte[frameSize];
            fragmentFilled = 0;
        } else if (fragment.length != frameSize) {
            return false;
        }
        if (fragmentFilled + available > frameSize) {
            return false;
        }
        System.arraycopy(packet, data, fragment, fragmentFilled, available);
        fragmentFilled += available;
        if (fragmentFilled == frameSize) {
            byte[] frame = fragment;
            fragment = null;
            sink.onAccessUnit(frame, 0);
        } else if (marker) {
            return false; // the last fragment ended short of the frame
        }
        return true;
    }

    /** Forgets a fragmented frame in progress (after a lost packet). */
    void reset() {
        fragment = null;
        fragmentFilled = 0;
    }

    /** MSB-first bit reader over the AU header section. */
    private static final class BitReader {
        private final byte[] bytes;
        private int bitPosition;

        BitReader(byte[] bytes, int byteOffset) {
            this.bytes = bytes;
            this.bitPosition = byteOffset * 8;
        }

        int read(int bits) {
            int value = 0;
            for (int i = 0; i < bits; i++) {
                int bit = (bytes[bitPosition >> 3] >> (7 - (bitPosition & 7))) & 1;
                value = (value << 1) | bit;
                bitPosition++;
            }
            return value;
        }
    }
}
