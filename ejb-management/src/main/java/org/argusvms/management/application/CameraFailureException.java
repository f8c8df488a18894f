package org.argusvms.management.application;

import jakarta.ejb.ApplicationException;

/** The camera refused a command or did not answer its recorder (wrong credentials, unreachable, ONVIF fault). */
@ApplicationException(rollback = true)
public class CameraFailureException extends RuntimeException {

    public CameraFailureException(String message) {
        super(message);
    }
}
