package org.argusvms.management.application;

/**
 * A continuous PTZ move: velocities from -1 (left, down, wide) to 1 (right, up, tele), each optional (absent: 0),
 * for {@code seconds} (1..60, absent: 1); the camera stops by itself afterwards.
 */
public record PtzMove(Double pan, Double tilt, Double zoom, Integer seconds) {

    /** True for a move whose velocities are all 0 (or absent): the camera stops instead of moving. */
    public boolean stops() {
        return isZero(pan) && isZero(tilt) && isZero(zoom);
    }

    private static boolean isZero(Double velocity) {
        return velocity == null || velocity == 0;
    }
}
