package org.argusvms.management.application;

import jakarta.ejb.ApplicationException;

import java.time.Instant;

/**
 * A PTZ command refused because another operator with a higher PTZ priority steers the camera; the camera was not
 * told anything. The message names the holder and when the camera frees, for showing to the operator as it is.
 */
@ApplicationException(rollback = true)
public class PtzSessionHeldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PtzSession holder;
    private final long secondsLeft;

    public PtzSessionHeldException(String cameraId, PtzSession holder, int callerPriority, long secondsLeft) {
        super("the PTZ of camera " + cameraId + " is held by " + holder.username() + ", whose PTZ priority "
                + holder.priority() + " is higher than yours (" + callerPriority + "); it frees in " + secondsLeft
                + " s unless " + holder.username() + " steers it again");
        this.holder = holder;
        this.secondsLeft = secondsLeft;
    }

    /** The operator steering the camera, their priority and when their session ends. */
    public PtzSession holder() {
        return holder;
    }

    public Instant expiresAt() {
        return holder.expiresAt();
    }

    /** Whole seconds, rounded up, until the camera frees if its holder does not steer it again. */
    public long secondsLeft() {
        return secondsLeft;
    }
}
