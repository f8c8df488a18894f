package org.argusvms.management.application;

import jakarta.ejb.ApplicationException;

/** Input was refused; carries the offending field so clients can show the message next to it. */
@ApplicationException(rollback = true)
public class ValidationException extends RuntimeException {

    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
