package org.argusvms.mobile.rest;

import org.argusvms.management.application.CameraChange;
import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CameraResourceTest {

    private static CameraChange change(Long version) {
        return CameraChange.of(NewCamera.builder().name("Gate").streamUrl("rtsp://127.0.0.1/gate").recorderId("rec-1")
                .recordingMode("EVENT").enabled(true).triggeredRecording(3, 30, "KEYFRAMES").build(), version);
    }

    @Test
    void theIfMatchHeaderSuppliesTheVersion() {
        assertEquals(3L, CameraResource.withVersion(change(null), "\"3\"").version());
        assertEquals(3L, CameraResource.withVersion(change(null), "W/\"3\"").version());
        assertEquals(3L, CameraResource.withVersion(change(3L), "\"3\"").version());
    }

    @Test
    void theVersionFromIfMatchKeepsEveryOtherField() {
        CameraChange withVersion = CameraResource.withVersion(change(null), "\"3\"");

        assertEquals(change(3L), withVersion);
    }

    @Test
    void aMalformedOrContradictingIfMatchIsRefused() {
        assertEquals("If-Match", assertThrows(ValidationException.class,
                () -> CameraResource.withVersion(change(null), "*")).field());
        assertEquals("version", assertThrows(ValidationException.class,
                () -> CameraResource.withVersion(change(2L), "\"3\"")).field());
    }
}
