package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.LengthPrefixedAccessUnit;
import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.ingest.CameraPipeline;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Builds RTP packets for depacketizer tests and records what a receiver delivers. */
final class RtpPackets {

    static final int PAYLOAD_TYPE = 96;

    private int sequence = 65530; // wraps within the tests
    private int timestamp = -180_000; // 0xFFFD4A80: wraps too

    byte[] packet(boolean marker, byte[]... payloadParts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x80);
        out.write((marker ? 0x80 : 0) | PAYLOAD_TYPE);
        out.write(sequence >> 8 & 0xFF);
        out.write(sequence & 0xFF);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write(timestamp >> shift & 0xFF);
        }
        out.writeBytes(new byte[] {0x12, 0x34, 0x56, 0x78});
        for (byte[] part : payloadParts) {
            out.writeBytes(part);
        }
        sequence = (sequence + 1) & 0xFFFF;
        return out.toByteArray();
    }

    /** The next packets belong to the next frame, 40 ms later at 90 kHz. */
    void nextFrame() {
        timestamp += 3600;
    }

    void skipSequenceNumbers(int count) {
        sequence = (sequence + count) & 0xFFFF;
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** A 16-bit size and the NAL unit, as aggregation packets carry them. */
    static byte[] sized(byte[] nal) {
        byte[] sized = new byte[nal.length + 2];
        sized[0] = (byte) (nal.length >> 8);
        sized[1] = (byte) nal.length;
        System.arraycopy(nal, 0, sized, 2, nal.length);
        return sized;
    }

    static byte[] annexB(byte[]... nals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] nal : nals) {
            out.writeBytes(AccessUnitWriter.START_CODE);
            out.writeBytes(nal);
        }
        return out.toByteArray();
    }

    static VideoTrack track(VideoCodec codec, byte[]... parameterSets) {
        return new VideoTrack(codec, PAYLOAD_TYPE, 90_000, "trackID=1", "*", List.of(parameterSets));
    }

    /** What a pipeline listener was given. */
    static final class Delivered implements CameraPipeline.Listener {
        final List<LengthPrefixedAccessUnit> samples = new ArrayList<>();
        final List<byte[]> accessUnits = new ArrayList<>();
        final List<Boolean> keyframes = new ArrayList<>();
        final List<Long> timestamps = new ArrayList<>();

        @Override
        public void onAccessUnit(byte[] annexB, long ptsNanos, long dtsNanos, boolean keyframe) {
            accessUnits.add(annexB);
            keyframes.add(keyframe);
            timestamps.add(ptsNanos);
        }

        @Override
        public void onAccessUnit(LengthPrefixedAccessUnit accessUnit, long ptsNanos, long dtsNanos,
                                 boolean keyframe) {
            samples.add(accessUnit);
            onAccessUnit(accessUnit.toAnnexB(), ptsNanos, dtsNanos, keyframe);
        }

        @Override
        public void onFailure(String reason) {
            throw new AssertionError("a receiver never fails: " + reason);
        }
    }
}
