package org.argusvms.recorder.storage;

import org.argusvms.recorder.h264.VideoFrame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FragmentBatchTest {

    private static final long ONE_SECOND = VideoFrame.TIMESCALE;

    /** Feeds frames 0..count-1 and returns the numbers of the frames after which the batch was handed over. */
    private static List<Integer> handOvers(FragmentBatch batch, int count, int gop) {
        List<Integer> handedOverAfter = new ArrayList<>();
        for (int number = 0; number < count; number++) {
            batch.add(frame(number, gop));
            if (batch.endsFragment()) {
                List<VideoFrame> taken = batch.take();
                assertEquals(number, SyntheticFrames.number(taken.get(taken.size() - 1)), "the newest frame last");
                handedOverAfter.add(number);
            }
        }
        return handedOverAfter;
    }

    private static VideoFrame frame(int number, int gop) {
        VideoFrame synthetic = SyntheticFrames.frame(number);
        return new VideoFrame(synthetic.sample(), synthetic.decodeTime(), 0, synthetic.durationHint(),
                number % gop == 0, null, synthetic.receivedAtEpochMillis());
    }

    @Test
    void aOneSecondGopIsHandedOverAtEachKeyframeWhenTheWriterWritesTheFragmentBeforeIt() {
        assertEquals(List.of(0, 25, 50, 75), handOvers(new FragmentBatch(ONE_SECOND), 100, 25));
    }

    @Test
    void aLongGopIsHandedOverWhereTheWriterEndsAFragmentByDuration() {
        // GOP 4 s, fragments of at most 1 s: the writer ends one at frames 25, 50, 75 and at the keyframe 100
        assertEquals(List.of(0, 25, 50, 75, 100, 125), handOvers(new FragmentBatch(ONE_SECOND), 130, 100));
    }

    @Test
    void theFramesInBetweenWaitInTheBatch() {
        FragmentBatch batch = new FragmentBatch(ONE_SECOND);
        handOvers(batch, 10, 25);

        assertEquals(9, batch.take().size(), "frames 1..9; frame 0 went on its own (it opens the file)");
        assertTrue(batch.isEmpty());
    }

    @Test
    void afterARestartTheNextFrameIsHandedOverAtOnce() {
        FragmentBatch batch = new FragmentBatch(ONE_SECOND);
        handOvers(batch, 10, 25);
        batch.take();
        batch.restart();

        batch.add(frame(10, 25));

        assertTrue(batch.endsFragment(), "a new file starts with the next frames written");
    }
}
