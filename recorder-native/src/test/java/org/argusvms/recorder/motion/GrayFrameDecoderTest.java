package org.argusvms.recorder.motion;

import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.H264Clips;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrayFrameDecoderTest {

    private static final long FIRST_MILLIS = 1_700_000_000_000L;

    @Test
    void keyFramesAloneDecodeToSmallGreyPicturesStampedWithTheirArrival() {
        List<VideoFrame> keyframes = H264Clips.frames(H264Clips.HIGH_320X180, 0, FIRST_MILLIS).stream()
                .filter(VideoFrame::keyframe).toList();
        List<GrayFrame> pictures = new CopyOnWriteArrayList<>();
        try (GrayFrameDecoder decoder = new GrayFrameDecoder("cam-a", pictures::add)) {
            keyframes.forEach(decoder::decode);
            Await.until("every key frame decoded", Duration.ofSeconds(10),
                    () -> pictures.size() == keyframes.size());
        }

        assertTrue(keyframes.size() >= 2, "the clip has " + keyframes.size() + " key frame(s)");
        for (int i = 0; i < pictures.size(); i++) {
            GrayFrame picture = pictures.get(i);
            assertEquals(GrayFrameDecoder.WIDTH, picture.width());
            assertEquals(GrayFrameDecoder.HEIGHT, picture.height());
            assertEquals(keyframes.get(i).receivedAtEpochMillis(), picture.epochMillis());
            assertTrue(distinctValues(picture) > 10, "a picture, not a blank");
        }
    }

    @Test
    void h265FramesDecodeTooAfterTheDecoderSwitchedCodecs() {
        List<VideoFrame> frames = H264Clips.frames(H264Clips.MAIN_320X180_H265, 0, FIRST_MILLIS);
        List<GrayFrame> pictures = new CopyOnWriteArrayList<>();
        try (GrayFrameDecoder decoder = new GrayFrameDecoder("cam-h265", pictures::add)) {
            for (VideoFrame frame : frames.subList(0, 10)) {
                int decoded = pictures.size();
                decoder.decode(frame);
                Await.until("frame " + decoded + " decoded", Duration.ofSeconds(10),
                        () -> pictures.size() > decoded);
            }
        }
        assertEquals(GrayFrameDecoder.WIDTH, pictures.get(0).width());
        assertTrue(distinctValues(pictures.get(9)) > 10, "a picture, not a blank");
    }

    @Test
    void everyFrameDecodesWhenTheDecoderKeepsUp() {
        List<VideoFrame> frames = H264Clips.frames(H264Clips.BASELINE_176X144, 0, FIRST_MILLIS);
        List<GrayFrame> pictures = new CopyOnWriteArrayList<>();
        try (GrayFrameDecoder decoder = new GrayFrameDecoder("cam-a", pictures::add)) {
            for (VideoFrame frame : frames) {
                int decoded = pictures.size();
                decoder.decode(frame);
                Await.until("frame " + decoded + " decoded", Duration.ofSeconds(10),
                        () -> pictures.size() > decoded);
            }
        }
        assertEquals(frames.stream().map(VideoFrame::receivedAtEpochMillis).toList(),
                pictures.stream().map(GrayFrame::epochMillis).toList());
    }

    @Test
    void undecodableFramesDoNotStopTheDecoder() {
        List<VideoFrame> keyframes = H264Clips.frames(H264Clips.HIGH_320X180, 0, FIRST_MILLIS).stream()
                .filter(VideoFrame::keyframe).toList();
        VideoFrame first = keyframes.get(0);
        byte[] garbage = new byte[4000];
        new Random(7).nextBytes(garbage);
        garbage[0] = 0;
        garbage[1] = 0;
        garbage[2] = 0x0f;
        garbage[3] = (byte) 0x9c; // one NAL unit of 3996 random bytes
        garbage[4] = 0x65; // claiming to be an IDR slice
        VideoFrame broken = new VideoFrame(garbage, first.decodeTime(), 0, first.durationHint(), true,
                first.parameterSets(), FIRST_MILLIS - 2000);
        List<GrayFrame> pictures = new CopyOnWriteArrayList<>();
        try (GrayFrameDecoder decoder = new GrayFrameDecoder("cam-a", pictures::add)) {
            decoder.decode(broken);
            decoder.decode(broken);
            keyframes.forEach(decoder::decode);
            Await.until("the valid key frames decoded", Duration.ofSeconds(10), () -> pictures.stream()
                    .filter(picture -> picture.epochMillis() >= FIRST_MILLIS).count() >= keyframes.size() - 1);
        }
    }

    private static long distinctValues(GrayFrame picture) {
        boolean[] seen = new boolean[256];
        for (byte pixel : picture.pixels()) {
            seen[pixel & 0xff] = true;
        }
        long count = 0;
        for (boolean value : seen) {
            count += value ? 1 : 0;
        }
        return count;
    }
}
