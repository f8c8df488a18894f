package org.argusvms.recorder.live;

import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.FrameListener;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.H264Clips;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveVideoTest {

    private final List<VideoFrame> hevc = H264Clips.frames(H264Clips.MAIN_320X180_H265, 0, 0);
    private final List<FakeTranscoder> started = new CopyOnWriteArrayList<>();

    /** Passes frames through unchanged, as if it had re-encoded them, and remembers whether it was closed. */
    private final class FakeTranscoder implements Transcoder {
        final FrameListener output;
        final List<VideoFrame> offered = new CopyOnWriteArrayList<>();
        volatile boolean closed;

        FakeTranscoder(FrameListener output) {
            this.output = output;
        }

        @Override
        public void offer(VideoFrame frame) {
            offered.add(frame);
            output.onFrame(frame);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private LiveVideo video(Transcoder.Factory factory) {
        return new LiveVideo("cam-h265", factory, System::nanoTime);
    }

    private LiveVideo videoWithFakeTranscoder() {
        return video((cameraId, source, frameTicks, output) -> {
            FakeTranscoder transcoder = new FakeTranscoder(output);
            started.add(transcoder);
            return transcoder;
        });
    }

    @Test
    void viewersWithoutHevcShareOneTranscodeThatStopsWithTheLastOfThem() {
        LiveVideo video = videoWithFakeTranscoder();
        video.onFrame(hevc.get(0));

        LiveStreamTest.FakeViewer first = new LiveStreamTest.FakeViewer();
        LiveStreamTest.FakeViewer second = new LiveStreamTest.FakeViewer();
        LiveViewer firstViewer = video.addViewer(first, false);
        LiveViewer secondViewer = video.addViewer(second, false);
        hevc.subList(1, 30).forEach(video::onFrame); // the camera's next key frame is frame 25

        assertEquals(1, started.size(), "one transcode for two viewers");
        assertEquals(29, started.get(0).offered.size(), "frames after the first viewer joined");
        assertTrue(video.transcoding());
        assertEquals(2, video.transcodedViewerCount());
        assertEquals(5, first.fragments().size(), "frames 25 to 29, from the key frame on");
        assertEquals(5, second.fragments().size());

        firstViewer.close();
        assertFalse(started.get(0).closed, "one viewer still watches");
        secondViewer.close();
        Await.until("transcode closed", Duration.ofSeconds(5), () -> started.get(0).closed);
        assertFalse(video.transcoding());
        video.onFrame(hevc.get(30));
        assertEquals(29, started.get(0).offered.size(), "a stopped transcode gets no more frames");
    }

    @Test
    void closingTheCameraStopsItsTranscodeBeforeReturning() {
        LiveVideo video = videoWithFakeTranscoder();
        video.onFrame(hevc.get(0));
        LiveStreamTest.FakeViewer viewer = new LiveStreamTest.FakeViewer();
        video.addViewer(viewer, false);

        video.close();

        assertTrue(viewer.closed);
        assertTrue(started.get(0).closed);
        assertFalse(video.transcoding());
    }

    @Test
    void aViewerThatPlaysHevcOrAnH264CameraNeedsNoTranscode() {
        LiveVideo h265Camera = videoWithFakeTranscoder();
        h265Camera.onFrame(hevc.get(0));
        h265Camera.addViewer(new LiveStreamTest.FakeViewer(), true);

        LiveVideo h264Camera = videoWithFakeTranscoder();
        h264Camera.onFrame(H264Clips.frames(H264Clips.HIGH_320X180, 0, 0).get(0));
        LiveStreamTest.FakeViewer viewer = new LiveStreamTest.FakeViewer();
        h264Camera.addViewer(viewer, false);

        assertEquals(List.of(), started);
        assertEquals(1, h265Camera.viewerCount());
        assertTrue(viewer.messages.get(0).toString().contains("avc1"), "the camera's own H.264");
    }

    @Test
    void aViewerWithoutHevcWhoJoinedBeforeTheFirstFrameIsSentBackToReconnectWhenTheCameraTurnsOutH265() {
        LiveVideo video = videoWithFakeTranscoder();
        LiveStreamTest.FakeViewer early = new LiveStreamTest.FakeViewer();
        LiveStreamTest.FakeViewer earlyWithHevc = new LiveStreamTest.FakeViewer();
        video.addViewer(early, false);
        video.addViewer(earlyWithHevc, true);

        video.onFrame(hevc.get(0));

        assertTrue(early.closed, "its player reconnects and then gets the transcode");
        assertEquals(List.of(), early.messages, "not one H.265 message it could not play");
        assertFalse(earlyWithHevc.closed);
        assertEquals(3, earlyWithHevc.messages.size(), "init message, init segment, key frame");
    }

    @Test
    void aTranscodeThatCannotStartClosesItsViewerAndLeavesTheCameraStreaming() {
        LiveVideo video = video((cameraId, source, frameTicks, output) -> {
            throw new IllegalStateException("no element \"x264enc\"");
        });
        video.onFrame(hevc.get(0));
        LiveStreamTest.FakeViewer hevcViewer = new LiveStreamTest.FakeViewer();
        video.addViewer(hevcViewer, true);

        LiveStreamTest.FakeViewer h264Viewer = new LiveStreamTest.FakeViewer();
        video.addViewer(h264Viewer, false);
        hevc.subList(1, 5).forEach(video::onFrame);

        assertTrue(h264Viewer.closed);
        assertFalse(video.transcoding());
        assertEquals(1 + 4, hevcViewer.fragments().size(), "the camera's own stream goes on");
    }
}
