package org.argusvms.connector;

import jakarta.resource.spi.InvalidPropertyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecorderActivationSpecTest {

    @Test
    void anEmptyListAcceptsEveryEventType() throws InvalidPropertyException {
        RecorderActivationSpec spec = spec("");

        spec.validate();
        assertTrue(spec.accepts("camera.connected"));
        assertTrue(spec.accepts("recorder.offline"));
    }

    @Test
    void aListAcceptsExactlyItsEntriesIgnoringSpacesAroundCommas() {
        RecorderActivationSpec spec = spec(" recorder.registered , recorder.offline");

        assertDoesNotThrow(spec::validate);
        assertTrue(spec.accepts("recorder.registered"));
        assertTrue(spec.accepts("recorder.offline"));
        assertFalse(spec.accepts("camera.connected"));
        assertFalse(spec.accepts("recorder"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"camera.connected,,camera.disconnected", "camera.connected,", ",camera.connected", " , "})
    void blankEntriesAreRejected(String eventTypes) {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, () -> spec(eventTypes).validate());
        assertTrue(e.getMessage().contains("empty entry"), e.getMessage());
    }

    private static RecorderActivationSpec spec(String eventTypes) {
        RecorderActivationSpec spec = new RecorderActivationSpec();
        spec.setEventTypes(eventTypes);
        return spec;
    }
}
