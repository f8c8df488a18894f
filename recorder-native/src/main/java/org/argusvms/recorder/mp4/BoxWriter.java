package org.argusvms.recorder.mp4;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes ISO BMFF boxes into a growable byte array. {@link #open} writes a placeholder size and {@link #close}
 * patches it, so nested boxes need no size precomputation.
 */
final class BoxWriter {

    private byte[] buffer;
    private int length;

    BoxWriter(int initialCapacity) {
        buffer = new byte[Math.max(64, initialCapacity)];
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
        buffer[length++] = (byte) value;
        return this;
    }

    BoxWriter u16(int value) {
        ensure(2);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
        return this;
    }

    BoxWriter u24(int value) {
        ensure(3);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
        return this;
    }

    BoxWriter u32(long value) {
        ensure(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
        return this;
    }

    BoxWriter u64(long value) {
        u32(value >>> 32);
        return u32(value & 0xFFFFFFFFL);
    }

    BoxWriter zeros(int count) {
        ensure(count);
        Arrays.fill(buffer, length, length + count, (byte) 0);
        length += count;
        return this;
    }

    BoxWriter bytes(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, buffer, length, data.length);
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

    void patchU32(int position, long value) {
        buffer[position] = (byte) (value >>> 24);
        buffer[position + 1] = (byte) (value >>> 16);
        buffer[position + 2] = (byte) (value >>> 8);
        buffer[position + 3] = (byte) value;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, length);
    }

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }
}
