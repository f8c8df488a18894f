package org.argusvms.management.application;

import jakarta.ejb.ApplicationException;

/** The camera's recorder did not carry out a command the request depends on; nothing was changed. */
@ApplicationException(rollback = true)
public class RecorderUnavailableException extends RuntimeException {

    public RecorderUnavailableException(String message) {
        super(message);
    }
}
