package org.argusvms.simulator.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.Fault;
import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.h264.SyntheticH264;
import org.argusvms.simulator.rtp.H264Packetizer;
import org.argusvms.simulator.rtp.RtpVideoFormat;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    static final Instant START = Instant.parse("2024-05-01T12:00:00Z");

    static LiveFeed feed(int frames, int gop) {
        H264Clip clip = H264Clip.of(SyntheticH264.clip(frames, gop, 40), 25);
        return new LiveFeed("cam1", clip, new H264Packetizer(), Clock.fixed(START, ZoneOffset.UTC));
    }

    @Test
    void loopsTheClipWhileFrameIndexAndCaptureTimeKeepGrowing() {
        LiveFeed feed = feed(4, 2);
        List<LiveFrame> received = new ArrayList<>();
        feed.addListener(received::add);

        for (int i = 0; i < 9; i++) {
            feed.tick();
        }

        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), received.stream().map(LiveFrame::index).toList());
        assertEquals(START.plus(Duration.ofMillis(8 * 40)), received.get(8).captureTime());
        assertTrue(received.get(4).accessUnit() == received.get(0).accessUnit(), "frame 4 replays clip frame 0");
        assertEquals(List.of(true, false, true, false, true), received.subList(0, 5).stream()
                .map(frame -> frame.accessUnit().idr()).toList());
        assertEquals(9, feed.nextFrameIndex());
    }

    @Test
    void aResolutionChangeSwitchesClipsOnlyAtKeyFramesInBothDirections() {
        H264Clip main = H264Clip.of(SyntheticH264.clip(8, 4, 40), 25);
        H264Clip alternate = H264Clip.of(SyntheticH264.clip(8, 4, 90), 25);
        CameraFaults faults = new CameraFaults("cam1");
        LiveFeed feed = new LiveFeed("cam1", main, alternate, faults, new H264Packetizer(),
                Clock.fixed(START, ZoneOffset.UTC));
        List<LiveFrame> received = new ArrayList<>();
        feed.addListener(received::add);

        feed.tick();
        feed.tick();
        faults.inject(Fault.RESOLUTION_CHANGE);
        for (int i = 0; i < 4; i++) {
            feed.tick();
        }
        assertEquals(RtpVideoFormat.h264(alternate), feed.currentFormat(), "DESCRIBE now describes the alternate clip");
        faults.clear(Fault.RESOLUTION_CHANGE);
        for (int i = 0; i < 4; i++) {
            feed.tick();
        }

        // frames 0-3 main (the change waits for key frame 4), 4-7 alternate, back to main at key frame 8
        assertEquals("main main main main alternate alternate alternate alternate main main", received.stream()
                .map(frame -> payloadBytes(frame) >= 90 ? "alternate" : "main").collect(Collectors.joining(" ")));
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), received.stream().map(LiveFrame::index).toList(),
                "the timeline runs on across the change");
        assertTrue(received.get(4).accessUnit().idr());
    }

    /** The alternate clip's slices are 90 bytes, the main clip's whole frames (SPS and PPS included) less. */
    private static int payloadBytes(LiveFrame frame) {
        return frame.accessUnit().payloads().stream().mapToInt(payload -> payload.data().length).sum();
    }

    @Test
    void removedListenersReceiveNothingMore() {
        LiveFeed feed = feed(4, 2);
        List<LiveFrame> received = new ArrayList<>();
        FrameListener listener = received::add;
        feed.addListener(listener);
        feed.tick();

        feed.removeListener(listener);
        feed.tick();

        assertEquals(1, received.size());
    }
}
