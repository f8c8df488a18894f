package org.argusvms.mobile.soap;

import org.argusvms.management.application.AccessDeniedException;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IntegrationFaultsTest {

    @Test
    void refusalsBecomeFaultsWithACodeAndTheServicesMessage() {
        assertFault("INVALID_INPUT", "recordingMode: must be ALWAYS or OFF",
                new ValidationException("recordingMode", "must be ALWAYS or OFF"));
        assertFault("NOT_FOUND", "camera c1 does not exist", IntegrationFaults.cameraNotFound("c1"));
        assertFault("ACCESS_DENIED", "access denied: CONFIGURATION required",
                new AccessDeniedException("CONFIGURATION required"));
        assertFault("CONFLICT", "changed meanwhile", new ConflictException("changed meanwhile"));
        assertFault("RECORDER_UNAVAILABLE", "try again later", new RecorderUnavailableException("try again later"));
        assertFault("INVALID_INPUT", "an object is required", new ValidationException(null, "an object is required"));
    }

    @Test
    void anythingElseStaysAServerError() {
        IllegalStateException bug = new IllegalStateException("bug");

        assertSame(bug, assertThrows(IllegalStateException.class, () -> IntegrationFaults.translate(bug)));
    }

    private static void assertFault(String code, String message, RuntimeException refusal) {
        IntegrationFault fault = IntegrationFaults.translate(refusal);
        assertEquals(code, fault.getFaultInfo().code);
        assertEquals(message, fault.getFaultInfo().message);
        assertEquals(message, fault.getMessage());
    }
}
