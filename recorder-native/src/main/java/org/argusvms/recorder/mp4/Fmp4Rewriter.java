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
        // the audio track (after the video's, so edit it first: splicing the video's mdhd moves it)
        int audioTrak = Fmp4Scanner.findChild(in, trak + in.getInt(trak), moovEnd, "trak");
        if (audioTrak >= 0 && audioTrak < mvex) {
            edited = withTrackDuration(edited, audioTrak, movieDuration, mediaTicks, mediaTimescale, moov);
        }
        return splice(edited, mdhd, in.getInt(mdhd), mediaHeader(in, mdhd, mediaTicks), moov, trak, mdia);
    }

    /** Sets a further track's tkhd and mdhd durations; its mdhd counts in its own timescale (the sample rate). */
    private static byte[] withTrackDuration(byte[] init, int trak, long movieDuration, long videoTicks,
                                            long videoTimescale, int moov) {
        ByteBuffer in = ByteBuffer.wrap(init);
        int trakEnd = trak + in.getInt(trak);
        int tkhd = requireChild(in, trak + 8, trakEnd, "tkhd");
        int mdia = requireChild(in, trak + 8, trakEnd, "mdia");
        int mdhd = requireChild(in, mdia + 8, mdia + in.getInt(mdia), "mdhd");
        if (in.get(tkhd + 8) != 0 || in.get(mdhd + 8) != 0) {
            throw new IllegalArgumentException("not an init segment of Fmp4Muxer");
        }
        byte[] edited = init.clone();
        ByteBuffer.wrap(edited).putInt(tkhd + 28, (int) movieDuration);
        long ticks = videoTicks * (in.getInt(mdhd + 20) & 0xFFFFFFFFL) / videoTimescale;
        return splice(edited, mdhd, in.getInt(mdhd), mediaHeader(in, mdhd, ticks), moov, trak, mdia);
    }

    /** The timescale of the audio track (the second trak) of an init segment, or 0 for a video-only one. */
    public static long audioTimescale(byte[] init) {
        ByteBuffer in = ByteBuffer.wrap(init);
        int moov = requireChild(in, 0, init.length, "moov");
        int trak = requireChild(in, moov + 8, moov + in.getInt(moov), "trak");
        int audioTrak = Fmp4Scanner.findChild(in, trak + in.getInt(trak), moov + in.getInt(moov), "trak");
        if (audioTrak < 0) {
            return 0;
        }
        int mdia = requireChild(in, audioTrak + 8, audioTrak + in.getInt(audioTrak), "mdia");
        int mdhd = requireChild(in, mdia + 8, mdia + in.getInt(mdia), "mdhd");
        return in.getInt(mdhd + 12 + (in.get(mdhd + 8) == 1 ? 16 : 8)) & 0xFFFFFFFFL;
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
        renumberFragment(moof, sequenceNumber, baseDecodeTime, 1, 0);
    }

    /**
     * Sets a stored moof's sequence number and video base decode time in place, and moves its audio traf, if any,
     * by the same time (converted from {@code videoTimescale} to {@code audioTimescale}), so the tracks stay in sync.
     */
    public static void renumberFragment(ByteBuffer moof, int sequenceNumber, long baseDecodeTime, long videoTimescale,
                                        long audioTimescale) {
        int mfhd = requireChild(moof, 8, moof.limit(), "mfhd");
        moof.putInt(mfhd + 12, sequenceNumber);
        int traf = requireChild(moof, 8, moof.limit(), "traf");
        int tfdt = requireChild(moof, traf + 8, traf + moof.getInt(traf), "tfdt");
        long shift = baseDecodeTime - decodeTime(moof, tfdt);
        setDecodeTime(moof, tfdt, baseDecodeTime);
        int audioTraf = Fmp4Scanner.findChild(moof, traf + moof.getInt(traf), moof.limit(), "traf");
        if (audioTraf >= 0 && audioTimescale > 0) {
            int audioTfdt = requireChild(moof, audioTraf + 8, audioTraf + moof.getInt(audioTraf), "tfdt");
            long audioShift = Math.floorDiv(shift * audioTimescale, videoTimescale);
            setDecodeTime(moof, audioTfdt, Math.max(0, decodeTime(moof, audioTfdt) + audioShift));
        }
    }

    private static long decodeTime(ByteBuffer moof, int tfdt) {
        return moof.get(tfdt + 8) == 1 ? moof.getLong(tfdt + 12) : moof.getInt(tfdt + 12) & 0xFFFFFFFFL;
    }

    private static void setDecodeTime(ByteBuffer moof, int tfdt, long baseDecodeTime) {
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
