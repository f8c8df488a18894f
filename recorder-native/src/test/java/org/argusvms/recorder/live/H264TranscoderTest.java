package org.argusvms.recorder.live;

import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.FrameListener;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.H264Clips;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class H264TranscoderTest {

    @Test
    void h265FramesComeOutAsH264OfTheSameSizeAndPaceWithAKeyFrameEverySecond() {
        List<VideoFrame> hevc = H264Clips.frames(H264Clips.MAIN_320X180_H265, 0, 0);
        List<VideoFrame> out = new CopyOnWriteArrayList<>();
        FrameListener output = new FrameListener() {
            @Override
            public void onFrame(VideoFrame frame) {
                out.add(frame);
            }

            @Override
            public void onStreamInterrupted(String reason) {
            }
        };
        try (Transcoder transcoder = H264Transcoder.factory(Clock.systemUTC())
                .start("cam-h265", hevc.get(0).parameterSets(), H264Clips.FRAME_TICKS, output)) {
            for (VideoFrame frame : hevc) {
                int before = out.size();
                transcoder.offer(frame);
                // one at a time, as a camera delivers them: nothing is skipped for being behind
                Await.until("frame " + before + " transcoded", Duration.ofSeconds(10), () -> out.size() > before);
            }
        }

        assertEquals(hevc.size(), out.size());
        VideoFrame first = out.get(0);
        assertEquals(VideoCodec.H264, first.parameterSets().codec());
        assertTrue(first.parameterSets().codecString().startsWith("avc1.42"), "constrained baseline");
        assertEquals(320, first.parameterSets().width());
        assertEquals(180, first.parameterSets().height());
        assertEquals(List.of(0, 25), IntStream.range(0, out.size())
                .filter(i -> out.get(i).keyframe()).boxed().toList(), "a key frame per second at 25 fps");
        assertEquals(H264Clips.FRAME_TICKS, out.get(10).decodeTime() - out.get(9).decodeTime(), "the camera's pace");
    }
}
