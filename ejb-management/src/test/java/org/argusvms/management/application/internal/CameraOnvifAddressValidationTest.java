package org.argusvms.management.application.internal;

import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.RecordingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A camera is reached by its RTSP URL, its ONVIF device service, or both. */
class CameraOnvifAddressValidationTest {

    private static NewCamera camera(String streamUrl, String onvifAddress) {
        return NewCamera.builder().name("Gate").streamUrl(streamUrl).credentials("admin", "secret")
                .recordingMode("ALWAYS").enabled(true).onvifAddress(onvifAddress).build();
    }

    private static ValidationException refusal(NewCamera input) {
        return assertThrows(ValidationException.class, () -> CameraInputValidator.validate(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.5/onvif/device_service", "https://cam.example:8443/onvif/device_service",
            " HTTP://10.0.0.5:8080/onvif/device_service "})
    void anOnvifAddressAloneIsEnough(String onvifAddress) {
        assertEquals(RecordingMode.ALWAYS, CameraInputValidator.validate(camera(null, onvifAddress)));
    }

    @Test
    void bothMayBeGiven() {
        assertEquals(RecordingMode.ALWAYS, CameraInputValidator.validate(camera("rtsp://10.0.0.5/stream",
                "http://10.0.0.5/onvif/device_service")));
    }

    @Test
    void aCameraWithNeitherIsRefusedAtTheStreamUrl() {
        assertEquals("streamUrl", refusal(camera(null, null)).field());
        assertEquals("streamUrl", refusal(camera(" ", "")).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rtsp://10.0.0.5/onvif", "ftp://10.0.0.5/", "http:///onvif/device_service",
            "http://10.0.0.5/a b", "device_service"})
    void anythingButAnHttpAddressWithAHostIsRefused(String onvifAddress) {
        assertEquals("onvifAddress", refusal(camera(null, onvifAddress)).field());
    }

    @Test
    void credentialsInTheAddressAreRefusedWithoutRepeatingThem() {
        ValidationException e = refusal(camera(null, "http://admin:hunter2@10.0.0.5/onvif/device_service"));

        assertEquals("onvifAddress", e.field());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void anOverlongAddressIsRefused() {
        assertEquals("onvifAddress", refusal(camera(null, "http://10.0.0.5/" + "a".repeat(1000))).field());
    }

    @Test
    void aBadStreamUrlIsStillRefusedWhenAnOnvifAddressIsGiven() {
        assertEquals("streamUrl", refusal(camera("http://10.0.0.5/stream", "http://10.0.0.5/onvif/device_service"))
                .field());
    }
}
