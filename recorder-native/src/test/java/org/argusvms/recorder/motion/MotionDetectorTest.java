package org.argusvms.recorder.motion;

import org.argusvms.recorder.protocol.MotionSettings;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionDetectorTest {

    private static final long SECOND = 1000;
    private final Random random = new Random(42);

    @Test
    void aStaticNoisySceneHasNoMotion() {
        assertNoMotionInStaticScene(new MotionDetector(MotionSettings.DEFAULT_SENSITIVITY), 12);
        assertNoMotionInStaticScene(new MotionDetector(100), 4);
    }

    private void assertNoMotionInStaticScene(MotionDetector detector, int noise) {
        for (int second = 0; second < 30; second++) {
            GridCells moved = detector.analyse(new SyntheticScene(100).cells(3, 3, 4, 4, 180)
                    .noise(random, noise).at(second * SECOND));
            assertEquals(GridCells.NONE, moved, "second " + second + " with noise " + noise);
        }
    }

    @Test
    void anObjectMovingAcrossThePictureMovesTheCellsItCoversAndAFadingTrailOnly() {
        MotionDetector detector = new MotionDetector(50);
        detector.analyse(new SyntheticScene(60).noise(random, 4).at(0));
        for (int step = 1; step < 10; step++) {
            GridCells moved = detector.analyse(new SyntheticScene(60).cells(step, 5, 2, 2, 220)
                    .noise(random, 4).at(step * SECOND));
            GridCells covered = GridCells.builder().add(step, 5).add(step + 1, 5).add(step, 6).add(step + 1, 6)
                    .build();
            // the running average still holds some of the object where it was: a trail of at most 4 s
            GridCells.Builder coveredOrTrail = GridCells.builder().addAll(covered);
            for (int column = Math.max(0, step - 4); column < step; column++) {
                coveredOrTrail.add(column, 5).add(column, 6);
            }
            assertEquals(covered, moved.intersection(covered), "step " + step + ": " + moved);
            assertEquals(GridCells.NONE, moved.without(coveredOrTrail.build()), "step " + step + ": " + moved);
        }
    }

    @Test
    void aChangeOfLightOverThePictureIsASceneChangeNotMotion() {
        MotionDetector detector = new MotionDetector(100);
        detector.analyse(new SyntheticScene(60).at(0));

        assertEquals(GridCells.NONE, detector.analyse(new SyntheticScene(160).at(SECOND)));
        assertEquals(GridCells.NONE, detector.analyse(new SyntheticScene(160).at(2 * SECOND)),
                "the background was re-learned from the new light");
        assertEquals(2, detector.analyse(new SyntheticScene(160).cells(0, 0, 2, 1, 20).at(3 * SECOND)).count());
    }

    @Test
    void sensitivityDecidesWhetherAFaintSmallChangeCounts() {
        // a 3x3-pixel object 25 grey levels brighter: 9 of a cell's 64 pixels
        GrayFrame before = new SyntheticScene(100).at(0);
        GrayFrame after = new SyntheticScene(100).pixels(20, 20, 3, 3, 125).at(SECOND);

        MotionDetector sensitive = new MotionDetector(100);
        sensitive.analyse(before);
        MotionDetector insensitive = new MotionDetector(0);
        insensitive.analyse(before);

        assertEquals(GridCells.builder().add(2, 2).build(), sensitive.analyse(after));
        assertEquals(GridCells.NONE, insensitive.analyse(after));
    }

    @Test
    void aParkedObjectBecomesBackgroundWithinSeconds() {
        MotionDetector detector = new MotionDetector(50);
        detector.analyse(new SyntheticScene(60).at(0));
        SyntheticScene parked = new SyntheticScene(60).cells(8, 8, 2, 2, 200);

        assertEquals(4, detector.analyse(parked.at(SECOND)).count());
        long second = 2;
        while (!detector.analyse(parked.at(second * SECOND)).isEmpty()) {
            second++;
            assertTrue(second < 30, "still moving after 30 s");
        }
        assertTrue(second > 3, "absorbed too fast, after " + second + " s");
    }

    @Test
    void afterAnInterruptionThePictureIsLearnedAfresh() {
        MotionDetector detector = new MotionDetector(50);
        detector.analyse(new SyntheticScene(60).at(0));
        detector.reset();

        assertEquals(GridCells.NONE, detector.analyse(new SyntheticScene(60).cells(0, 0, 4, 4, 250).at(SECOND)));
    }
}
