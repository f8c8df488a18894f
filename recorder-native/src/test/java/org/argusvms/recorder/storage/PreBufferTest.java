package org.argusvms.recorder.storage;

import org.argusvms.recorder.h264.VideoFrame;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.argusvms.recorder.storage.SyntheticFrames.FRAME_BYTES;
import static org.argusvms.recorder.storage.SyntheticFrames.GOP;
import static org.argusvms.recorder.storage.SyntheticFrames.KEYFRAME_BYTES;
import static org.argusvms.recorder.storage.SyntheticFrames.frame;
import static org.argusvms.recorder.storage.SyntheticFrames.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreBufferTest {

    private static final long UNBOUNDED = Long.MAX_VALUE;
    private static final long GOP_BYTES = KEYFRAME_BYTES + (GOP - 1) * FRAME_BYTES;

    @Test
    void keepsTheConfiguredSecondsFromTheLastKeyframeAtOrBeforeThem() {
        PreBuffer buffer = new PreBuffer(Duration.ofSeconds(2), UNBOUNDED);

        feed(buffer, 0, 130);

        // newest is frame 129; two seconds earlier is frame 79, whose GOP starts at frame 75
        assertEquals(range(75, 130), numbers(buffer.framesAfter(Long.MIN_VALUE)));
    }

    @Test
    void neverStartsWithoutAKeyframe() {
        PreBuffer buffer = new PreBuffer(Duration.ofSeconds(10), UNBOUNDED);

        feed(buffer, 10, 41); // joins mid-GOP

        List<VideoFrame> frames = buffer.framesAfter(Long.MIN_VALUE);
        assertEquals(25, number(frames.get(0)));
        assertTrue(frames.get(0).keyframe());
        assertEquals(16, frames.size());
    }

    @Test
    void zeroSecondsStillKeepsTheCurrentGop() {
        PreBuffer buffer = new PreBuffer(Duration.ZERO, UNBOUNDED);

        feed(buffer, 0, 60);

        assertEquals(range(50, 60), numbers(buffer.framesAfter(Long.MIN_VALUE)));
    }

    @Test
    void theByteBoundDropsTheOldestGopsEvenWhenTheyAreWithinTheSeconds() {
        PreBuffer buffer = new PreBuffer(Duration.ofSeconds(60), 2 * GOP_BYTES + GOP_BYTES / 2);

        feed(buffer, 0, 5 * GOP);

        assertEquals(range(3 * GOP, 5 * GOP), numbers(buffer.framesAfter(Long.MIN_VALUE)));
        assertEquals(2 * GOP_BYTES, buffer.bytes());
    }

    @Test
    void aGopLargerThanTheByteBoundEmptiesTheBufferUntilTheNextKeyframe() {
        PreBuffer buffer = new PreBuffer(Duration.ofSeconds(60), GOP_BYTES / 2);

        feed(buffer, 0, 40);
        assertEquals(List.of(), buffer.framesAfter(Long.MIN_VALUE));
        assertEquals(0, buffer.bytes());

        feed(buffer, 50, 52);
        assertEquals(List.of(50, 51), numbers(buffer.framesAfter(Long.MIN_VALUE)));
    }

    @Test
    void framesAfterReturnsOnlyWhatFollowsTheLastWrittenFrame() {
        PreBuffer buffer = new PreBuffer(Duration.ofSeconds(5), UNBOUNDED);
        feed(buffer, 0, 60);

        assertEquals(range(51, 60), numbers(buffer.framesAfter(frame(50).decodeTime())));
        assertEquals(List.of(), buffer.framesAfter(frame(59).decodeTime()));
    }

    @Test
    void aShorterDurationTakesEffectWithTheNextFrame() {
        PreBuffer buffer = new PreBuffer(Duration.ofSeconds(10), UNBOUNDED);
        feed(buffer, 0, 100);

        buffer.setDuration(Duration.ofSeconds(1));
        feed(buffer, 100, 101);

        // newest is frame 100; one second earlier is frame 75, a keyframe
        assertEquals(range(75, 101), numbers(buffer.framesAfter(Long.MIN_VALUE)));
    }

    private static void feed(PreBuffer buffer, int fromNumber, int toNumberExclusive) {
        IntStream.range(fromNumber, toNumberExclusive).mapToObj(SyntheticFrames::frame).forEach(buffer::add);
    }

    private static List<Integer> range(int from, int toExclusive) {
        return IntStream.range(from, toExclusive).boxed().toList();
    }

    private static List<Integer> numbers(List<VideoFrame> frames) {
        return frames.stream().map(SyntheticFrames::number).toList();
    }
}
