package org.argusvms.simulator.h264;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Hand-made H.264 NAL units and Annex-B streams: just the header bits the parser and packetizer look at. */
public final class SyntheticH264 {

    public static final byte[] SPS = {0x67, 0x64, 0x00, 0x1F, (byte) 0xAC, (byte) 0xD9, 0x40};
    public static final byte[] PPS = {0x68, (byte) 0xEB, (byte) 0xE3, (byte) 0xCB, 0x22, (byte) 0xC0};

    private SyntheticH264() {
    }

    /**
     * A slice NAL unit of the given size. The second byte starts the slice header: 0x80 codes first_mb_in_slice = 0
     * (first slice of a picture), 0x40 codes first_mb_in_slice = 1 (a later slice).
     */
    public static byte[] slice(boolean idr, boolean firstSliceOfPicture, int size, int fill) {
        byte[] nal = new byte[size];
        Arrays.fill(nal, (byte) fill);
        nal[0] = (byte) (idr ? 0x65 : 0x41);
        nal[1] = (byte) (firstSliceOfPicture ? 0x80 : 0x40);
        return nal;
    }

    /** Annex-B stream alternating 4- and 3-byte start codes. */
    public static byte[] annexB(byte[]... nalUnits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < nalUnits.length; i++) {
            out.writeBytes(i % 2 == 0 ? new byte[] {0, 0, 0, 1} : new byte[] {0, 0, 1});
            out.writeBytes(nalUnits[i]);
        }
        return out.toByteArray();
    }

    /**
     * A clip of {@code frames} single-slice pictures with an IDR every {@code gop} frames; SPS and PPS only before
     * the first IDR, as some encoders do. Each frame's bytes are filled with its number, to tell frames apart.
     */
    public static byte[] clip(int frames, int gop, int sliceSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(annexB(SPS, PPS));
        for (int frame = 0; frame < frames; frame++) {
            out.writeBytes(annexB(slice(frame % gop == 0, true, sliceSize, frame)));
        }
        return out.toByteArray();
    }
}
