package org.argusvms.mobile.soap;

import jakarta.ejb.EJBAccessException;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.ValidationException;

/** Turns the management server's refusals into SOAP faults; anything else stays a server error. */
final class IntegrationFaults {

    static final String INVALID_INPUT = "INVALID_INPUT";
    static final String NOT_FOUND = "NOT_FOUND";
    static final String ACCESS_DENIED = "ACCESS_DENIED";
    static final String CONFLICT = "CONFLICT";
    static final String RECORDER_UNAVAILABLE = "RECORDER_UNAVAILABLE";

    private IntegrationFaults() {
    }

    static IntegrationFault translate(RuntimeException refusal) {
        if (refusal instanceof ValidationException invalid) {
            String field = invalid.field() == null ? "" : invalid.field() + ": ";
            return new IntegrationFault(INVALID_INPUT, field + invalid.getMessage());
        }
        if (refusal instanceof NotFoundException) {
            return new IntegrationFault(NOT_FOUND, refusal.getMessage());
        }
        if (refusal instanceof EJBAccessException) {
            return new IntegrationFault(ACCESS_DENIED, "access denied: " + refusal.getMessage());
        }
        if (refusal instanceof ConflictException) {
            return new IntegrationFault(CONFLICT, refusal.getMessage());
        }
        if (refusal instanceof RecorderUnavailableException) {
            return new IntegrationFault(RECORDER_UNAVAILABLE, refusal.getMessage());
        }
        throw refusal;
    }

    static NotFoundException cameraNotFound(String cameraId) {
        return new NotFoundException("camera " + cameraId + " does not exist");
    }
}
