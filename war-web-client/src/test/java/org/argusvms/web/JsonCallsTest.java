package org.argusvms.web;

import jakarta.ejb.ApplicationException;
import org.argusvms.management.application.ConflictException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonCallsTest {

    /** Like a refusal a service may add later (e.g. PTZ held by another operator), unknown to JsonCalls. */
    @ApplicationException(rollback = true)
    static class NewRefusal extends RuntimeException {
        NewRefusal(String message) {
            super(message);
        }
    }

    static class SubclassOfARefusal extends NewRefusal {
        SubclassOfARefusal() {
            super("held by someone else");
        }
    }

    @Test
    void aServicesApplicationExceptionIsARefusalForTheUser() {
        assertTrue(JsonCalls.isRefusal(new NewRefusal("the PTZ is held by admin")));
        assertTrue(JsonCalls.isRefusal(new SubclassOfARefusal()));
        assertTrue(JsonCalls.isRefusal(new ConflictException("changed meanwhile")));
    }

    @Test
    void otherFailuresAndRefusalsWithoutMessageAreNot() {
        assertFalse(JsonCalls.isRefusal(new IllegalStateException("a bug")), "a server fault stays a 500");
        assertFalse(JsonCalls.isRefusal(new NewRefusal(null)), "nothing to show the user");
    }
}
