package org.argusvms.recorder.mp4;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Edits stored fragmented MP4 headers for an export, without touching the media: gives the init segment the
 * export's total duration (so players and ffprobe know it before reading every fragment) and renumbers fragments
 * onto one continuous timeline.
 */
public final class Fmp4Rewriter {

    private static final int MEHD_BYTES = 16;

    private Fmp4Rewriter() {
    }

    /**
     * The init segment written by {@link Fmp4Muxer} with mvhd, tkhd and mdhd durations set and a mehd box (fragment
     * duration) added to mvex. mdhd counts in the media timescale (90 kHz), which overflows 32 bits after 13 h, so
     * it becomes a version 1 box when needed.
     */
    public static byte[] initWithDuration(byte[] init, long mediaTicks) {
        ByteBuffer in = ByteBuffer.wrap(init);
        int moov = requireChild(in, 0, init.length, "moov");
        int moovEnd = moov + in.getInt(moov);
        int mvhd = requireChild(in, moov + 8, moovEnd, "mvhd");
        int trak = requireChild(in, moov + 8, moovEnd, "trak");
        int tkhd = requireChild(in, trak + 8, trak + in.getInt(trak), "tkhd");
        int mdia = requireChild(in, trak + 8, trak + in.getInt(trak), "mdia");
        int mdhd = requireChild(in, mdia + 8, mdia + in.getInt(mdia), "mdhd");
        int mvex = requireChild(in, moov + 8, moovEnd, "mvex");
        if (in.get(mvhd + 8) != 0 || in.get(tkhd + 8) != 0 || in.get(mdhd + 8) != 0 || mvex < trak) {
            throw new IllegalArgumentException("not an init segment of Fmp4Muxer");
        }
        long movieTimescale = in.getInt(mvhd + 20) & 0xFFFFFFFFL;
        long mediaTimescale = in.getInt(mdhd + 20) & 0xFFFFFFFFL;
        long movieDuration = mediaTicks * movieTimescale / mediaTimescale;
        if (movieDuration > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("export too long for the movie timescale");
        }
        byte[] edited = init.clone();
        ByteBuffer out = ByteBuffer.wrap(edited);
        out.putInt(mvhd + 24, (int) movieDuration);
        out.putInt(tkhd + 28, (int) movieDuration);
        // mvex follows trak, so inserting into it leaves the offsets of trak's boxes unchanged
        ByteBuffer mehd = ByteBuffer.allocate(MEHD_BYTES).putInt(MEHD_BYTES)
                .put("mehd".getBytes(StandardCharsets.US_ASCII)).putInt(0)
                .putInt((int) movieDuration); // mehd counts in the movie timescale
        edited = splice(edited, mvex + 8, 0, mehd.array(), moov, mvex);
        return splice(edited, mdhd, in.getInt(mdhd), mediaHeader(in, mdhd, mediaTicks), moov, trak, mdia);
    }

    /** mdhd with the duration: version 0 while it fits 32 bits, version 1 beyond. */
    private static byte[] mediaHeader(ByteBuffer in, int mdhd, long mediaTicks) {
        int timescale = in.getInt(mdhd + 20);
        int languageAndPredefined = in.getInt(mdhd + 28);
        boolean wide = mediaTicks > 0xFFFFFFFFL;
        ByteBuffer box = ByteBuffer.allocate(wide ? 44 : 32);
        box.putInt(box.capacity()).put("mdhd".getBytes(StandardCharsets.US_ASCII)).putInt(wide ? 0x01000000 : 0);
        if (wide) {
            box.putLong(0).putLong(0).putInt(timescale).putLong(mediaTicks);
        } else {
            box.putInt(0).putInt(0).putInt(timescale).putInt((int) mediaTicks);
        }
        return box.putInt(languageAndPredefined).array();
    }

    /**
     * Replaces {@code removeLength} bytes at {@code at} with {@code insert} and adjusts the sizes of the enclosing
     * boxes (which must start before {@code at}).
     */
    private static byte[] splice(byte[] data, int at, int removeLength, byte[] insert, int... enclosingBoxes) {
        int delta = insert.length - removeLength;
        ByteBuffer out = ByteBuffer.allocate(data.length + delta);
        out.put(data, 0, at).put(insert).put(data, at + removeLength, data.length - at - removeLength);
        for (int box : enclosingBoxes) {
            out.putInt(box, out.getInt(box) + delta);
        }
        return out.array();
    }

    /** Sets a stored moof's sequence number (mfhd) and base decode time (tfdt) in place. */
    public static void renumberFragment(ByteBuffer moof, int sequenceNumber, long baseDecodeTime) {
        int mfhd = requireChild(moof, 8, moof.limit(), "mfhd");
        moof.putInt(mfhd + 12, sequenceNumber);
        int traf = requireChild(moof, 8, moof.limit(), "traf");
        int tfdt = requireChild(moof, traf + 8, traf + moof.getInt(traf), "tfdt");
        if (moof.get(tfdt + 8) == 1) {
            moof.putLong(tfdt + 12, baseDecodeTime);
        } else if (baseDecodeTime <= 0xFFFFFFFFL) {
            moof.putInt(tfdt + 12, (int) baseDecodeTime);
        } else {
            throw new IllegalArgumentException("decode time exceeds a version 0 tfdt");
        }
    }

    private static int requireChild(ByteBuffer data, int from, int to, String type) {
        int position = Fmp4Scanner.findChild(data, from, to, type);
        if (position < 0) {
            throw new IllegalArgumentException("no " + type + " box");
        }
        return position;
    }
}
