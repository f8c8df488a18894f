package org.argusvms.recorder.motion;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.argusvms.recorder.motion.MotionActivity.Change.NONE;
import static org.argusvms.recorder.motion.MotionActivity.Change.STARTED;
import static org.argusvms.recorder.motion.MotionActivity.Change.STOPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MotionActivityTest {

    private static final long T0 = 1_700_000_000_000L;

    @Test
    void motionStartsOnConfirmationAndStopsAfterTheQuietPeriodOnly() {
        MotionActivity activity = new MotionActivity(2, Duration.ofSeconds(5));

        assertEquals(NONE, activity.observe(T0, true));
        assertEquals(STARTED, activity.observe(T0 + 200, true));
        assertEquals(T0 + 200, activity.startedAtMillis());
        assertEquals(NONE, activity.observe(T0 + 400, false));
        assertEquals(NONE, activity.observe(T0 + 4_000, true), "motion within the quiet period continues");
        assertEquals(NONE, activity.observe(T0 + 8_999, false));
        assertEquals(STOPPED, activity.observe(T0 + 9_000, false));
        assertEquals(T0 + 4_000, activity.lastMotionMillis());
    }

    @Test
    void isolatedNoiseNeverStartsMotion() {
        MotionActivity activity = new MotionActivity(2, Duration.ofSeconds(5));
        for (int picture = 0; picture < 100; picture++) {
            // every other picture shows a blip
            assertEquals(NONE, activity.observe(T0 + picture * 200L, picture % 2 == 0), "picture " + picture);
        }
        assertFalse(activity.active());
    }

    @Test
    void flickeringMotionIsOneEventNotMany() {
        MotionActivity activity = new MotionActivity(1, Duration.ofSeconds(5));
        int started = 0;
        int stopped = 0;
        for (int second = 0; second < 60; second++) {
            MotionActivity.Change change = activity.observe(T0 + second * 1000L, second % 3 != 0);
            started += change == STARTED ? 1 : 0;
            stopped += change == STOPPED ? 1 : 0;
        }
        assertEquals(1, started);
        assertEquals(0, stopped);
    }

    @Test
    void anInterruptedStreamStopsActiveMotionOnce() {
        MotionActivity activity = new MotionActivity(1, Duration.ofSeconds(5));
        activity.observe(T0, true);

        assertEquals(STOPPED, activity.interrupt());
        assertEquals(NONE, activity.interrupt());
        assertEquals(STARTED, activity.observe(T0 + 1000, true));
    }
}
