package org.argusvms.recorder.mp4;

import java.nio.ByteBuffer;

/**
 * Takes the audio track out of stored {@link Fmp4Muxer} output without touching the video, for viewers who may see
 * but not hear a camera: the audio trak and its trex leave the init segment; each fragment loses its audio traf, and
 * its mdat the audio samples at its end. The video's data offset shrinks by the removed traf, nothing else moves.
 */
public final class AudioTrackRemoval {

    private AudioTrackRemoval() {
    }

    /** The init segment with the video track only; an init segment without audio comes back unchanged. */
    public static byte[] init(byte[] init) {
        ByteBuffer in = ByteBuffer.wrap(init);
        int moov = requireChild(in, 0, init.length, "moov");
        int moovEnd = moov + in.getInt(moov);
        int trak = requireChild(in, moov + 8, moovEnd, "trak");
        int audioTrak = Fmp4Scanner.findChild(in, trak + in.getInt(trak), moovEnd, "trak");
        if (audioTrak < 0) {
            return init;
        }
        int mvex = requireChild(in, moov + 8, moovEnd, "mvex");
        int trex = requireChild(in, mvex + 8, mvex + in.getInt(mvex), "trex");
        int audioTrex = Fmp4Scanner.findChild(in, trex + in.getInt(trex), mvex + in.getInt(mvex), "trex");
        byte[] edited = init;
        if (audioTrex >= 0) {
            edited = cut(edited, audioTrex, in.getInt(audioTrex), moov, mvex); // the later box first
        }
        return cut(edited, audioTrak, in.getInt(audioTrak), moov);
    }

    /** The moof without its audio traf (after {@link Fmp4Scanner}: {@code audioTrafLength} > 0). */
    public static ByteBuffer moof(ByteBuffer moof, int audioTrafLength) {
        int traf = requireChild(moof, 8, moof.limit(), "traf");
        int trafEnd = traf + moof.getInt(traf);
        int audioTraf = requireChild(moof, trafEnd, moof.limit(), "traf");
        if (moof.getInt(audioTraf) != audioTrafLength) {
            throw new IllegalArgumentException("audio traf changed since the scan");
        }
        ByteBuffer out = ByteBuffer.wrap(cut(moof.array(), audioTraf, audioTrafLength, 0));
        int trun = requireChild(out, traf + 8, trafEnd, "trun");
        out.putInt(trun + 16, out.getInt(trun + 16) - audioTrafLength); // data_offset, from moof to mdat payload
        return out;
    }

    private static byte[] cut(byte[] data, int at, int length, int... enclosingBoxes) {
        ByteBuffer out = ByteBuffer.allocate(data.length - length);
        out.put(data, 0, at).put(data, at + length, data.length - at - length);
        for (int box : enclosingBoxes) {
            out.putInt(box, out.getInt(box) - length);
        }
        return out.array();
    }

    private static int requireChild(ByteBuffer data, int from, int to, String type) {
        int position = Fmp4Scanner.findChild(data, from, to, type);
        if (position < 0) {
            throw new IllegalArgumentException("no " + type + " box");
        }
        return position;
    }
}
