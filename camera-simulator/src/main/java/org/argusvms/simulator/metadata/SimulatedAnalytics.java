package org.argusvms.simulator.metadata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a simulated camera's analytics "see", as a function of the frame index only, so that every viewer, test and
 * rerun agrees: one object (a person) crossing the picture left to right every {@link #CROSSING_SECONDS} seconds, and
 * a motion alarm that is on for the first half of every {@link #MOTION_PERIOD_SECONDS} and off for the second half.
 * Coordinates are ONVIF's normalized ones (-1..1, y up).
 */
public final class SimulatedAnalytics {

    public static final int CROSSING_SECONDS = 8;
    public static final int MOTION_PERIOD_SECONDS = 4;
    static final double BOX_WIDTH = 0.2;
    static final double BOX_TOP = 0.4;
    static final double BOX_BOTTOM = -0.6;

    private final int fps;

    public SimulatedAnalytics(int fps) {
        this.fps = fps;
    }

    /** The object's bounding box at a frame. */
    public record Box(double left, double top, double right, double bottom) {
    }

    public Box objectBox(long frameIndex) {
        long framesPerCrossing = (long) CROSSING_SECONDS * fps;
        double progress = (double) Math.floorMod(frameIndex, framesPerCrossing) / framesPerCrossing;
        double left = -1 + progress * (2 - BOX_WIDTH);
        return new Box(round(left), BOX_TOP, round(left + BOX_WIDTH), BOX_BOTTOM);
    }

    /** Which crossing the object is on: its object id, so an id stands for one pass through the scene. */
    public long objectId(long frameIndex) {
        return Math.floorDiv(frameIndex, (long) CROSSING_SECONDS * fps) + 1;
    }

    public boolean isMotion(long frameIndex) {
        long period = (long) MOTION_PERIOD_SECONDS * fps;
        return Math.floorMod(frameIndex, period) < period / 2;
    }

    /** Whether the motion state at this frame differs from the previous frame's. */
    public boolean motionChangesAt(long frameIndex) {
        return isMotion(frameIndex) != isMotion(frameIndex - 1);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static Instant millisecondPrecision(Instant time) {
        return time.truncatedTo(ChronoUnit.MILLIS);
    }
}
