package org.argusvms.web.live;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LiveAccessServletTest {

    @Test
    void aCameraIdIsPassedOnUnchanged() {
        assertEquals(Optional.of("3f2c9a1e-77b0-4c1e-9d4e-0a1b2c3d4e5f"),
                LiveAccessServlet.cameraIdOf("3f2c9a1e-77b0-4c1e-9d4e-0a1b2c3d4e5f"));
    }

    @Test
    void missingBlankOversizedOrControlCharacterIdsAreRefused() {
        assertEquals(Optional.empty(), LiveAccessServlet.cameraIdOf(null));
        assertEquals(Optional.empty(), LiveAccessServlet.cameraIdOf(" "));
        assertEquals(Optional.empty(), LiveAccessServlet.cameraIdOf("x".repeat(LiveAccessServlet.MAX_CAMERA_ID_LENGTH + 1)));
        assertEquals(Optional.empty(), LiveAccessServlet.cameraIdOf("cam\r\nSet-Cookie: x"));
    }
}
