package org.argusvms.management.application;

import jakarta.ejb.ApplicationException;

/** The named object does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
