package org.argusvms.management.application;

import jakarta.ejb.ApplicationException;

/** The change was based on a version of the object that someone else has changed since; nothing was stored. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
