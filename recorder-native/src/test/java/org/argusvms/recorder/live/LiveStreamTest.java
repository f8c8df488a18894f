package org.argusvms.recorder.live;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.testing.H264Clips;
import org.argusvms.recorder.testing.Mp4Boxes;
import org.argusvms.recorder.testing.Mp4Boxes.Box;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveStreamTest {

    private final List<VideoFrame> frames = H264Clips.frames(H264Clips.HIGH_320X180, 0, 0);

    /** A viewer transport that records what it was sent; it completes sends at once unless told to stall. */
    static final class FakeViewer implements ViewerConnection {
        final List<Object> messages = new ArrayList<>();
        final List<Runnable> pendingCompletions = new ArrayList<>();
        boolean stalled;
        boolean closed;

        @Override
        public void sendText(String text, Runnable onSent, Runnable onFailed) {
            messages.add(text);
            complete(onSent);
        }

        @Override
        public void sendBinary(byte[] data, Runnable onSent, Runnable onFailed) {
            messages.add(data);
            complete(onSent);
        }

        private void complete(Runnable onSent) {
            if (stalled) {
                pendingCompletions.add(onSent);
            } else {
                onSent.run();
            }
        }

        @Override
        public void close() {
            closed = true;
        }

        List<byte[]> fragments() {
            return messages.stream().skip(2).map(byte[].class::cast).toList();
        }
    }

    @Test
    void aNewViewerGetsTheInitAndTheCurrentGopStartingWithItsKeyframe() {
        LiveStream stream = LiveStream.withDefaultLimits();
        frames.subList(0, 30).forEach(stream::onFrame); // second GOP starts at frame 25
        FakeViewer viewer = new FakeViewer();

        stream.addViewer(viewer);

        JsonObject init = Json.createReader(new StringReader((String) viewer.messages.get(0))).readObject();
        assertEquals("init", init.getString("type"));
        assertEquals("video/mp4; codecs=\"avc1.64000c\"", init.getString("mime"));
        assertEquals(320, init.getInt("width"));
        assertEquals(180, init.getInt("height"));
        assertEquals("ftyp", Mp4Boxes.parse((byte[]) viewer.messages.get(1)).get(0).type());
        List<byte[]> fragments = viewer.fragments();
        assertEquals(5, fragments.size());
        assertTrue(isSync(fragments.get(0)));
        assertEquals(25L * H264Clips.FRAME_TICKS, tfdt(fragments.get(0)));
    }

    @Test
    void viewersReceiveOneFragmentPerFrameAsItArrives() {
        LiveStream stream = LiveStream.withDefaultLimits();
        FakeViewer viewer = new FakeViewer();
        stream.addViewer(viewer);

        frames.subList(0, 3).forEach(stream::onFrame);

        List<byte[]> fragments = viewer.fragments();
        assertEquals(3, fragments.size());
        for (int i = 0; i < 3; i++) {
            Box trun = Mp4Boxes.parse(fragments.get(i)).get(0).find("traf", "trun");
            assertEquals(1, trun.u32(4));
            assertEquals((long) i * H264Clips.FRAME_TICKS, tfdt(fragments.get(i)));
        }
    }

    @Test
    void aViewerJoiningWhileAnotherWatchesGetsTheGopAndEachSeesIncreasingFragmentNumbers() {
        LiveStream stream = LiveStream.withDefaultLimits();
        FakeViewer first = new FakeViewer();
        stream.addViewer(first);
        frames.subList(0, 30).forEach(stream::onFrame);
        FakeViewer second = new FakeViewer();
        stream.addViewer(second);
        frames.subList(30, 32).forEach(stream::onFrame);

        assertEquals(32, first.fragments().size());
        assertEquals(7, second.fragments().size(), "frames 25..31: the GOP so far, then live");
        assertEquals(25L * H264Clips.FRAME_TICKS, tfdt(second.fragments().get(0)));
        for (FakeViewer viewer : List.of(first, second)) {
            long previous = 0;
            for (byte[] fragment : viewer.fragments()) {
                long sequenceNumber = Mp4Boxes.parse(fragment).get(0).find("mfhd").u32(4);
                assertTrue(sequenceNumber > previous, "mfhd sequence numbers increase");
                previous = sequenceNumber;
            }
        }
    }

    @Test
    void aStalledViewerSkipsToTheNextKeyframeWithoutHoldingUpOthers() {
        LiveStream stream = new LiveStream(1 << 20, 6_000, System::nanoTime); // a queue of only a few fragments
        FakeViewer slow = new FakeViewer();
        FakeViewer fast = new FakeViewer();
        stream.addViewer(slow);
        stream.addViewer(fast);
        slow.stalled = true;

        frames.subList(0, 30).forEach(stream::onFrame);
        slow.stalled = false;
        new ArrayList<>(slow.pendingCompletions).forEach(Runnable::run);

        assertEquals(30, fast.messages.size() - 2, "the fast viewer got every frame");
        List<byte[]> slowFragments = slow.messages.stream().skip(2).map(byte[].class::cast).toList();
        assertTrue(slowFragments.size() < 30, "the slow viewer lost frames");
        byte[] firstAfterSkip = slowFragments.stream().filter(f -> tfdt(f) > 0 && isSync(f)).findFirst()
                .orElseThrow(() -> new AssertionError("the slow viewer resumed at a keyframe"));
        assertEquals(25L * H264Clips.FRAME_TICKS, tfdt(firstAfterSkip));
        long previous = -1;
        for (byte[] fragment : slowFragments) {
            long time = tfdt(fragment);
            assertTrue(time > previous, "no fragment out of order");
            previous = time;
        }
    }

    @Test
    void aViewerWhoseSendNeverCompletesIsDisconnected() {
        AtomicLong nanos = new AtomicLong();
        LiveStream stream = new LiveStream(1 << 20, 1 << 20, nanos::get);
        FakeViewer dead = new FakeViewer();
        dead.stalled = true;
        stream.addViewer(dead);
        frames.subList(0, 5).forEach(stream::onFrame);

        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        stream.onFrame(frames.get(5));

        assertTrue(dead.closed);
        assertEquals(0, stream.viewerCount());
    }

    @Test
    void aResolutionChangeSendsANewInitToConnectedViewers() {
        LiveStream stream = LiveStream.withDefaultLimits();
        FakeViewer viewer = new FakeViewer();
        stream.addViewer(viewer);

        frames.subList(0, 5).forEach(stream::onFrame);
        H264Clips.frames(H264Clips.BASELINE_176X144, 5L * H264Clips.FRAME_TICKS, 0).subList(0, 2)
                .forEach(stream::onFrame);

        List<String> texts = viewer.messages.stream().filter(String.class::isInstance).map(String.class::cast)
                .toList();
        assertEquals(2, texts.size());
        assertTrue(texts.get(1).contains("\"width\":176"));
    }

    @Test
    void closingTheStreamDisconnectsViewers() {
        LiveStream stream = LiveStream.withDefaultLimits();
        FakeViewer viewer = new FakeViewer();
        stream.addViewer(viewer);

        stream.close();

        assertTrue(viewer.closed);
        assertEquals(0, stream.viewerCount());
        frames.subList(0, 2).forEach(stream::onFrame);
        assertFalse(viewer.messages.size() > 0);
    }

    private static long tfdt(byte[] fragment) {
        return Mp4Boxes.parse(fragment).get(0).find("traf", "tfdt").u64(4);
    }

    private static boolean isSync(byte[] fragment) {
        Box trun = Mp4Boxes.parse(fragment).get(0).find("traf", "trun");
        return (trun.u32(12 + 8) & 0x00010000) == 0;
    }
}
