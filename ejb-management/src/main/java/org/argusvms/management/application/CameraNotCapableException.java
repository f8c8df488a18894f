package org.argusvms.management.application;

import jakarta.ejb.ApplicationException;

/** The camera cannot do what was asked as it is configured (e.g. PTZ on a camera without ONVIF address). */
@ApplicationException(rollback = true)
public class CameraNotCapableException extends RuntimeException {

    public CameraNotCapableException(String message) {
        super(message);
    }
}
