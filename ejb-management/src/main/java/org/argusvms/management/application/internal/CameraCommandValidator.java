package org.argusvms.management.application.internal;

import org.argusvms.management.application.PtzMove;
import org.argusvms.management.application.ValidationException;

/**
 * Checks PTZ and output commands before any recorder or camera is contacted, with the limits the recorder applies
 * (docs/design/recorder-protocol.md), so bad input is refused here naming its field.
 */
public final class CameraCommandValidator {

    /** ONVIF ReferenceToken: at most 64 characters. */
    static final int MAX_TOKEN = 64;
    static final int MAX_MOVE_SECONDS = 60;

    private CameraCommandValidator() {
    }

    /** A preset or output token: 1..64 printable characters, returned stripped. */
    public static String token(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, field + " is required");
        }
        String token = value.strip();
        if (token.length() > MAX_TOKEN || token.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, field + " must be at most " + MAX_TOKEN + " printable characters");
        }
        return token;
    }

    public static boolean active(Boolean active) {
        if (active == null) {
            throw new ValidationException("active", "active (true or false) is required");
        }
        return active;
    }

    /** The move with absent velocities as 0 and absent seconds as 1. */
    public static PtzMove move(PtzMove move) {
        if (move == null) {
            throw new ValidationException("body", "a move object {pan, tilt, zoom, seconds} is required");
        }
        int seconds = move.seconds() == null ? 1 : move.seconds();
        if (seconds < 1 || seconds > MAX_MOVE_SECONDS) {
            throw new ValidationException("seconds", "seconds must be 1.." + MAX_MOVE_SECONDS + ", got " + seconds);
        }
        return new PtzMove(velocity("pan", move.pan()), velocity("tilt", move.tilt()), velocity("zoom", move.zoom()),
                seconds);
    }

    private static double velocity(String field, Double value) {
        if (value == null) {
            return 0;
        }
        if (!(value >= -1 && value <= 1)) { // also refuses NaN
            throw new ValidationException(field, field + " must be a velocity from -1 to 1, got " + value);
        }
        return value;
    }
}
