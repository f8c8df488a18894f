package org.argusvms.recorder.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrameTimelineTest {

    private static final long FRAME_NANOS = 40_000_000;
    private final FrameTimeline timeline = new FrameTimeline();

    @Test
    void startsAtZeroAndFollowsPresentationTimestamps() {
        assertEquals(new FrameTimeline.Timing(0, 0, 3600), timeline.next(5 * FRAME_NANOS, -1));
        assertEquals(new FrameTimeline.Timing(3600, 0, 3600), timeline.next(6 * FRAME_NANOS, -1));
        assertEquals(new FrameTimeline.Timing(10_800, 0, 7200), timeline.next(8 * FRAME_NANOS, -1));
    }

    @Test
    void prefersDecodeTimestampsAndReportsPresentationOffsets() {
        timeline.next(2 * FRAME_NANOS, FRAME_NANOS);

        FrameTimeline.Timing timing = timeline.next(4 * FRAME_NANOS, 2 * FRAME_NANOS);

        assertEquals(3600, timing.decodeTime());
        assertEquals(7200, timing.compositionOffset());
    }

    @Test
    void estimatesMissingTimestampsFromThePreviousInterval() {
        timeline.next(0, -1);
        timeline.next(FRAME_NANOS, -1);

        assertEquals(7200, timeline.next(-1, -1).decodeTime());
        assertEquals(10_800, timeline.next(3 * FRAME_NANOS, -1).decodeTime());
    }

    @Test
    void neverGoesBackwards() {
        timeline.next(100 * FRAME_NANOS, -1);
        timeline.next(101 * FRAME_NANOS, -1);

        FrameTimeline.Timing afterJumpBack = timeline.next(50 * FRAME_NANOS, -1);
        FrameTimeline.Timing next = timeline.next(51 * FRAME_NANOS, -1);

        assertEquals(7200, afterJumpBack.decodeTime());
        assertEquals(10_800, next.decodeTime());
    }

    @Test
    void continuesAfterADiscontinuityWhateverTheNewClockSays() {
        timeline.next(0, -1);
        timeline.next(FRAME_NANOS, -1);
        timeline.markDiscontinuity();

        assertEquals(7200, timeline.next(9_000 * FRAME_NANOS, -1).decodeTime());
        assertEquals(10_800, timeline.next(9_001 * FRAME_NANOS, -1).decodeTime());
    }
}
