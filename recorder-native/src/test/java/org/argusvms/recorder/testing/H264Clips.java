package org.argusvms.recorder.testing;

import org.argusvms.recorder.codec.CodedAccessUnit;
import org.argusvms.recorder.h264.AccessUnit;
import org.argusvms.recorder.h264.NalUnitType;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.h265.HevcAccessUnit;
import org.argusvms.recorder.h265.HevcNalUnitType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test clips in src/test/resources/clips (x264 or x265 Annex-B with access unit delimiters, 25 fps, a keyframe every
 * 25 frames), split into access units and turned into {@link VideoFrame}s the way ingest would. A clip whose name
 * ends in .h265 is H.265.
 */
public final class H264Clips {

    public static final String HIGH_320X180 = "high-320x180-25fps-gop25.h264";
    public static final String BASELINE_176X144 = "baseline-176x144-25fps-gop25.h264";
    /** H.265 Main, 320x180 (coded 320x184 with a conformance window), 50 frames. */
    public static final String MAIN_320X180_H265 = "main-320x180-25fps-gop25.h265";
    public static final int FRAME_TICKS = VideoFrame.TIMESCALE / 25;

    private H264Clips() {
    }

    public static byte[] bytes(String clip) {
        try (InputStream in = H264Clips.class.getResourceAsStream("/clips/" + clip)) {
            if (in == null) {
                throw new IllegalArgumentException("no test clip " + clip);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The clip's access units in Annex-B form, split at access unit delimiters. */
    public static List<byte[]> accessUnits(String clip) {
        byte[] data = bytes(clip);
        List<byte[]> units = new ArrayList<>();
        ByteArrayOutputStream current = null;
        boolean hevc = isH265(clip);
        for (byte[] nal : AccessUnit.parseAnnexB(data).nalUnits()) {
            boolean delimiter = hevc ? HevcNalUnitType.of(nal[0]) == HevcNalUnitType.ACCESS_UNIT_DELIMITER
                    : NalUnitType.of(nal[0]) == NalUnitType.ACCESS_UNIT_DELIMITER;
            if (delimiter || current == null) {
                if (current != null) {
                    units.add(current.toByteArray());
                }
                current = new ByteArrayOutputStream();
            }
            current.writeBytes(new byte[] {0, 0, 0, 1});
            current.writeBytes(nal);
        }
        if (current != null) {
            units.add(current.toByteArray());
        }
        return units;
    }

    public static boolean isH265(String clip) {
        return clip.endsWith(".h265");
    }

    /** An H.264 IDR picture. */
    public static boolean isKeyframe(byte[] annexB) {
        return AccessUnit.parseAnnexB(annexB).nalUnits().stream()
                .anyMatch(nal -> NalUnitType.of(nal[0]) == NalUnitType.IDR_SLICE);
    }

    private static CodedAccessUnit parse(String clip, byte[] annexB) {
        return isH265(clip) ? HevcAccessUnit.parseAnnexB(annexB) : AccessUnit.parseAnnexB(annexB);
    }

    private static boolean isKeyframe(String clip, byte[] annexB) {
        return isH265(clip) ? HevcAccessUnit.parseAnnexB(annexB).isKeyframe() : isKeyframe(annexB);
    }

    /** The clip as frames at 25 fps starting at {@code firstDecodeTime}, all with the clip's parameter sets. */
    public static List<VideoFrame> frames(String clip, long firstDecodeTime, long firstEpochMillis) {
        List<VideoFrame> frames = new ArrayList<>();
        ParameterSets parameterSets = null;
        long decodeTime = firstDecodeTime;
        long millis = firstEpochMillis;
        for (byte[] unit : accessUnits(clip)) {
            CodedAccessUnit accessUnit = parse(clip, unit);
            if (accessUnit.parameterSets() != null) {
                parameterSets = accessUnit.parameterSets();
            }
            frames.add(new VideoFrame(accessUnit.toLengthPrefixedSample(), decodeTime, 0, FRAME_TICKS,
                    isKeyframe(clip, unit), parameterSets, millis));
            decodeTime += FRAME_TICKS;
            millis += 40;
        }
        return frames;
    }
}
