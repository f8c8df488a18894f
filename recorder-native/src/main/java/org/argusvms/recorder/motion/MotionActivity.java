package org.argusvms.recorder.motion;

import java.time.Duration;

/**
 * Hysteresis between per-picture motion and motion events, so that noise does not flap: motion starts after
 * {@code confirmPictures} consecutive pictures with motion and stops only after {@code quietPeriod} without any.
 * Time comes from the pictures themselves (when their frames arrived), which makes the rules testable and immune to
 * analysis delays. One instance per camera, called from one thread.
 */
final class MotionActivity {

    enum Change { NONE, STARTED, STOPPED }

    private final int confirmPictures;
    private final long quietMillis;
    private int picturesInARow;
    private boolean active;
    private long startedAtMillis;
    private long lastMotionMillis;

    MotionActivity(int confirmPictures, Duration quietPeriod) {
        if (confirmPictures < 1) {
            throw new IllegalArgumentException("confirmPictures must be at least 1");
        }
        this.confirmPictures = confirmPictures;
        this.quietMillis = quietPeriod.toMillis();
    }

    /** Takes one analysed picture into account. */
    Change observe(long epochMillis, boolean moving) {
        if (moving) {
            picturesInARow++;
            lastMotionMillis = epochMillis;
            if (!active && picturesInARow >= confirmPictures) {
                active = true;
                startedAtMillis = epochMillis;
                return Change.STARTED;
            }
            return Change.NONE;
        }
        picturesInARow = 0;
        if (active && epochMillis - lastMotionMillis >= quietMillis) {
            active = false;
            return Change.STOPPED;
        }
        return Change.NONE;
    }

    /** The pictures stopped coming (stream ended, detection switched off): active motion stops now. */
    Change interrupt() {
        picturesInARow = 0;
        if (active) {
            active = false;
            return Change.STOPPED;
        }
        return Change.NONE;
    }

    boolean active() {
        return active;
    }

    long startedAtMillis() {
        return startedAtMillis;
    }

    long lastMotionMillis() {
        return lastMotionMillis;
    }
}
