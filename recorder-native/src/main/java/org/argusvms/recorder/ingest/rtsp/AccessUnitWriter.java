package org.argusvms.recorder.ingest.rtsp;

import java.util.Arrays;

/**
 * Collects the NAL units of one access unit in Annex-B form in a buffer reused from one access unit to the next,
 * so that depacketizing copies each payload byte once and allocates only the finished access unit. Notes whether
 * the access unit holds a key frame and which parameter sets it carries.
 */
final class AccessUnitWriter {

    static final byte[] START_CODE = {0, 0, 0, 1};
    /** Larger access units (8K intra frames are a few MB) are refused as hostile rather than buffered. */
    static final int MAX_ACCESS_UNIT = 32 * 1024 * 1024;

    private final NalSyntax syntax;
    private final ParameterSetMemory parameterSets;
    private byte[] data = new byte[256 * 1024];
    private int length;
    private int nalStart = -1;
    private boolean keyframe;
    private int parameterSetMask;
    private boolean overflow;

    AccessUnitWriter(NalSyntax syntax, ParameterSetMemory parameterSets) {
        this.syntax = syntax;
        this.parameterSets = parameterSets;
    }

    /** Starts a NAL unit whose bytes follow through {@link #append}. */
    void beginNal() {
        append(START_CODE, 0, START_CODE.length);
        nalStart = length;
    }

    void append(byte[] source, int offset, int count) {
        if (hasRoom(count)) {
            System.arraycopy(source, offset, data, length, count);
            length += count;
        }
    }

    void append(byte value) {
        if (hasRoom(1)) {
            data[length++] = value;
        }
    }

    private boolean hasRoom(int count) {
        if (length + count > data.length) {
            if (length + count > MAX_ACCESS_UNIT) {
                overflow = true;
                return false;
            }
            data = Arrays.copyOf(data, Math.min(MAX_ACCESS_UNIT, Math.max(data.length * 2, length + count)));
        }
        return true;
    }

    /** Ends the NAL unit begun last; one too short for its header is dropped. */
    void endNal() {
        if (nalStart < 0) {
            return;
        }
        if (length - nalStart < syntax.headerLength()) {
            length = nalStart - START_CODE.length;
        } else {
            int type = syntax.type(data, nalStart);
            keyframe |= syntax.isKeyframe(type);
            int index = syntax.parameterSetIndex(type);
            if (index >= 0) {
                parameterSetMask |= 1 << index;
                parameterSets.remember(data, nalStart, length - nalStart);
            }
        }
        nalStart = -1;
    }

    /** A complete NAL unit in one piece. */
    void appendNal(byte[] source, int offset, int count) {
        beginNal();
        append(source, offset, count);
        endNal();
    }

    boolean isEmpty() {
        return length == 0;
    }

    boolean isKeyframe() {
        return keyframe;
    }

    /** True if the access unit outgrew {@link #MAX_ACCESS_UNIT} and lost data. */
    boolean overflowed() {
        return overflow;
    }

    /** The access unit, parameter sets prepended to a key frame that lacks them; the writer is empty again. */
    byte[] finish() {
        byte[] prefix = keyframe ? parameterSets.prefixFor(parameterSetMask) : new byte[0];
        byte[] accessUnit = new byte[prefix.length + length];
        System.arraycopy(prefix, 0, accessUnit, 0, prefix.length);
        System.arraycopy(data, 0, accessUnit, prefix.length, length);
        discard();
        return accessUnit;
    }

    void discard() {
        length = 0;
        nalStart = -1;
        keyframe = false;
        parameterSetMask = 0;
        overflow = false;
    }
}
