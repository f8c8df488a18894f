package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cameras known by their ONVIF device service address, with or without an RTSP URL. */
class CameraConfigurationOnvifTest {

    private static final JsonObject ONVIF_ONLY = Json.createObjectBuilder().add("cameraId", "cam-9").add("name", "Gate")
            .add("recordingMode", "ALWAYS").add("onvifAddress", "http://10.0.0.9/onvif/device_service")
            .add("username", "admin").add("password", "pw").build();

    @Test
    void anOnvifAddressStandsInForTheStreamUrlAndRoundTrips() throws ProtocolException {
        CameraConfiguration camera = CameraConfiguration.fromJson(ONVIF_ONLY);

        assertNull(camera.streamUrl());
        assertEquals(URI.create("http://10.0.0.9/onvif/device_service"), camera.onvifAddress());
        assertFalse(camera.toJson().containsKey("streamUrl"));
        assertEquals(camera, CameraConfiguration.fromJson(camera.toJson()));
        assertTrue(camera.toString().contains("onvifAddress=http://10.0.0.9/onvif/device_service"));
        assertFalse(camera.toString().contains("pw"));
    }

    @Test
    void theResolvedStreamUrlKeepsEverythingElse() throws ProtocolException {
        CameraConfiguration camera = CameraConfiguration.fromJson(ONVIF_ONLY);

        CameraConfiguration resolved = camera.withStreamUrl(URI.create("rtsp://10.0.0.9/main"));

        assertEquals(URI.create("rtsp://10.0.0.9/main"), resolved.streamUrl());
        assertEquals(camera.onvifAddress(), resolved.onvifAddress());
        assertEquals(camera.password(), resolved.password());
    }

    @Test
    void refusesACameraWithNeitherAddressOrABadOnvifAddress() {
        ProtocolException neither = assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(
                Json.createObjectBuilder(ONVIF_ONLY).remove("onvifAddress").build()));
        assertTrue(neither.getMessage().contains("streamUrl (rtsp://) or onvifAddress"), neither.getMessage());
        for (String address : new String[] {"rtsp://10.0.0.9/onvif", "http://admin:pw@10.0.0.9/onvif", "http:/x",
                "http://10.0.0.9/ bad"}) {
            ProtocolException error = assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(
                    Json.createObjectBuilder(ONVIF_ONLY).add("onvifAddress", address).build()), address);
            assertFalse(error.getMessage().contains("pw@"), "no credentials echoed: " + error.getMessage());
        }
    }

    @Test
    void existingConstructorsMeanNoOnvif() {
        CameraConfiguration camera = new CameraConfiguration("cam-1", "Lobby", URI.create("rtsp://10.0.0.1/live"),
                null, null, RecordingMode.ALWAYS, true);

        assertNull(camera.onvifAddress());
        assertFalse(camera.toJson().containsKey("onvifAddress"));
    }
}
