package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.LengthPrefixedAccessUnit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the NAL units of one access unit in MP4 sample form (4-byte length prefixes) in a buffer reused from one
 * access unit to the next, so that depacketizing copies each payload byte once and the finished sample once more,
 * into an array of exactly its size that storage and live video share. Parameter sets go apart (they belong in the
 * init segment), delimiters and filler are left out; notes whether the access unit holds a key frame and a picture.
 */
final class AccessUnitWriter {

    static final byte[] START_CODE = {0, 0, 0, 1};
    /** Larger access units (8K intra frames are a few MB) are refused as hostile rather than buffered. */
    static final int MAX_ACCESS_UNIT = 32 * 1024 * 1024;
    private static final int LENGTH_PREFIX = 4;

    private final NalSyntax syntax;
    private final ParameterSetMemory parameterSets;
    private final List<byte[]> inBandParameterSets = new ArrayList<>();
    private byte[] data = new byte[256 * 1024];
    private int length;
    private int nalStart = -1;
    private boolean keyframe;
    private boolean picture;
    private int parameterSetMask;
    private boolean overflow;

    AccessUnitWriter(NalSyntax syntax, ParameterSetMemory parameterSets) {
        this.syntax = syntax;
        this.parameterSets = parameterSets;
    }

    /** Starts a NAL unit whose bytes follow through {@link #append}; its length prefix is filled in at the end. */
    void beginNal() {
        if (hasRoom(LENGTH_PREFIX)) {
            length += LENGTH_PREFIX;
            nalStart = length;
        }
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

    /**
     * Ends the NAL unit begun last: one too short for its header is dropped, a parameter set moves apart, a
     * delimiter or filler goes; anything else stays in the sample behind its length.
     */
    void endNal() {
        if (nalStart < 0) {
            return;
        }
        int nalLength = length - nalStart;
        if (nalLength < syntax.headerLength()) {
            dropCurrentNal();
            return;
        }
        int type = syntax.type(data, nalStart);
        keyframe |= syntax.isKeyframe(type);
        picture |= syntax.isPicture(type);
        int index = syntax.parameterSetIndex(type);
        if (index >= 0) {
            parameterSetMask |= 1 << index;
            byte[] set = Arrays.copyOfRange(data, nalStart, length);
            parameterSets.remember(set);
            inBandParameterSets.add(set);
            dropCurrentNal();
        } else if (!syntax.belongsInSample(type)) {
            dropCurrentNal();
        } else {
            int prefix = nalStart - LENGTH_PREFIX;
            data[prefix] = (byte) (nalLength >>> 24);
            data[prefix + 1] = (byte) (nalLength >>> 16);
            data[prefix + 2] = (byte) (nalLength >>> 8);
            data[prefix + 3] = (byte) nalLength;
            nalStart = -1;
        }
    }

    private void dropCurrentNal() {
        length = nalStart - LENGTH_PREFIX;
        nalStart = -1;
    }

    /** A complete NAL unit in one piece. */
    void appendNal(byte[] source, int offset, int count) {
        beginNal();
        append(source, offset, count);
        endNal();
    }

    /** True until a NAL unit that counts (a sample NAL unit or a parameter set) was written. */
    boolean isEmpty() {
        return length == 0 && inBandParameterSets.isEmpty();
    }

    boolean isKeyframe() {
        return keyframe;
    }

    /** True if the access unit outgrew {@link #MAX_ACCESS_UNIT} and lost data. */
    boolean overflowed() {
        return overflow;
    }

    /**
     * The access unit, all remembered parameter sets prepended to a key frame that lacks some; the writer is empty
     * again.
     */
    LengthPrefixedAccessUnit finish() {
        endNal(); // a fragmented NAL unit whose end flag never came: its bytes count, behind a correct length
        List<byte[]> sets = inBandParameterSets.isEmpty() ? List.of() : List.copyOf(inBandParameterSets);
        if (keyframe) {
            List<byte[]> prefix = parameterSets.prefixFor(parameterSetMask);
            if (!prefix.isEmpty()) {
                List<byte[]> all = new ArrayList<>(prefix);
                all.addAll(sets);
                sets = List.copyOf(all);
            }
        }
        LengthPrefixedAccessUnit accessUnit = new LengthPrefixedAccessUnit(syntax.codec(),
                Arrays.copyOf(data, length), sets, picture);
        discard();
        return accessUnit;
    }

    void discard() {
        length = 0;
        nalStart = -1;
        keyframe = false;
        picture = false;
        parameterSetMask = 0;
        overflow = false;
        inBandParameterSets.clear();
    }
}
