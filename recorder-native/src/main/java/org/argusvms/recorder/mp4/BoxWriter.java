package org.argusvms.recorder.mp4;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes ISO BMFF boxes into a growable byte array. {@link #open} writes a placeholder size and {@link #close}
 * patches it, so nested boxes need no size precomputation.
 *
 * <p>Large arrays given to {@link #bytes} (the samples of a fragment) are only referenced until
 * {@link #toByteArray}, which copies everything once into an array of exactly the written size: copying samples into
 * a growing buffer first, and that buffer into the result, cost a second copy and a second zeroed allocation of
 * every fragment (B2). So such arrays must not change before {@code toByteArray}; samples never do.
 */
final class BoxWriter {

    /** Arrays from this size on are referenced rather than copied in. */
    static final int REFERENCE_THRESHOLD = 1024;
    /** Inline bytes are headers, box fields and small payloads; a larger capacity hint would be mostly samples. */
    private static final int MAX_INITIAL_INLINE = 4096;

    /** A referenced array and where it sits in the written output. */
    private record Reference(int position, byte[] data) {
    }

    private final List<Reference> references = new ArrayList<>();
    private byte[] buffer;
    private int inlineLength;
    private int length;

    BoxWriter(int initialCapacity) {
        buffer = new byte[Math.min(MAX_INITIAL_INLINE, Math.max(64, initialCapacity))];
    }

    /** Starts a box; returns its start position for {@link #close}. */
    int open(String type) {
        int start = length;
        u32(0);
        fourcc(type);
        return start;
    }

    /** Starts a full box (version and 24-bit flags follow the type). */
    int openFull(String type, int version, int flags) {
        int start = open(type);
        u8(version);
        u24(flags);
        return start;
    }

    void close(int start) {
        patchU32(start, length - start);
    }

    BoxWriter u8(int value) {
        ensure(1);
        buffer[inlineLength++] = (byte) value;
        length++;
        return this;
    }

    BoxWriter u16(int value) {
        ensure(2);
        buffer[inlineLength++] = (byte) (value >>> 8);
        buffer[inlineLength++] = (byte) value;
        length += 2;
        return this;
    }

    BoxWriter u24(int value) {
        ensure(3);
        buffer[inlineLength++] = (byte) (value >>> 16);
        buffer[inlineLength++] = (byte) (value >>> 8);
        buffer[inlineLength++] = (byte) value;
        length += 3;
        return this;
    }

    BoxWriter u32(long value) {
        ensure(4);
        buffer[inlineLength++] = (byte) (value >>> 24);
        buffer[inlineLength++] = (byte) (value >>> 16);
        buffer[inlineLength++] = (byte) (value >>> 8);
        buffer[inlineLength++] = (byte) value;
        length += 4;
        return this;
    }

    BoxWriter u64(long value) {
        u32(value >>> 32);
        return u32(value & 0xFFFFFFFFL);
    }

    BoxWriter zeros(int count) {
        ensure(count);
        Arrays.fill(buffer, inlineLength, inlineLength + count, (byte) 0);
        inlineLength += count;
        length += count;
        return this;
    }

    BoxWriter bytes(byte[] data) {
        if (data.length >= REFERENCE_THRESHOLD) {
            references.add(new Reference(length, data));
        } else {
            ensure(data.length);
            System.arraycopy(data, 0, buffer, inlineLength, data.length);
            inlineLength += data.length;
        }
        length += data.length;
        return this;
    }

    BoxWriter fourcc(String code) {
        byte[] ascii = code.getBytes(StandardCharsets.US_ASCII);
        if (ascii.length != 4) {
            throw new IllegalArgumentException("four-character code expected: " + code);
        }
        return bytes(ascii);
    }

    /** A NUL-terminated UTF-8 string, as in hdlr names. */
    BoxWriter cString(String text) {
        bytes(text.getBytes(StandardCharsets.UTF_8));
        return u8(0);
    }

    int position() {
        return length;
    }

    /** Overwrites four bytes written inline (a box size, an offset), never bytes of a referenced array. */
    void patchU32(int position, long value) {
        int inline = position;
        for (Reference reference : references) {
            if (reference.position() < position + 4 && position < reference.position() + reference.data().length) {
                throw new IllegalArgumentException("cannot patch a referenced array at " + position);
            }
            if (reference.position() < position) {
                inline -= reference.data().length;
            }
        }
        buffer[inline] = (byte) (value >>> 24);
        buffer[inline + 1] = (byte) (value >>> 16);
        buffer[inline + 2] = (byte) (value >>> 8);
        buffer[inline + 3] = (byte) value;
    }

    /** Everything written, inline bytes and referenced arrays in order, in one array of exactly that size. */
    byte[] toByteArray() {
        if (references.isEmpty()) {
            return Arrays.copyOf(buffer, inlineLength);
        }
        byte[] out = new byte[length];
        int inlineCopied = 0;
        int written = 0;
        for (Reference reference : references) {
            int inlineBefore = reference.position() - written;
            System.arraycopy(buffer, inlineCopied, out, written, inlineBefore);
            inlineCopied += inlineBefore;
            written += inlineBefore;
            System.arraycopy(reference.data(), 0, out, written, reference.data().length);
            written += reference.data().length;
        }
        System.arraycopy(buffer, inlineCopied, out, written, inlineLength - inlineCopied);
        return out;
    }

    private void ensure(int extra) {
        if (inlineLength + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, inlineLength + extra));
        }
    }
}
