package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-camera RTP transport: TCP unless configured, and configurations written before it still parse. */
class CameraConfigurationRtspTransportTest {

    /** As a recorder persisted it, and a management server sent it, before the field existed. */
    private static final JsonObject WITHOUT_TRANSPORT = Json.createObjectBuilder().add("cameraId", "cam-1")
            .add("name", "Gate").add("streamUrl", "rtsp://10.0.0.9/main").add("recordingMode", "ALWAYS")
            .add("enabled", true).build();

    @Test
    void anOlderConfigurationWithoutTheFieldIsReceivedOverTcp() throws ProtocolException {
        assertEquals(RtspTransport.TCP, CameraConfiguration.fromJson(WITHOUT_TRANSPORT).rtspTransport());
    }

    @Test
    void theTransportRoundTripsInAnySpelling() throws ProtocolException {
        JsonObject udp = Json.createObjectBuilder(WITHOUT_TRANSPORT).add("rtspTransport", "udp").build();

        CameraConfiguration camera = CameraConfiguration.fromJson(udp);

        assertEquals(RtspTransport.UDP, camera.rtspTransport());
        assertEquals("UDP", camera.toJson().getString("rtspTransport"));
        assertEquals(camera, CameraConfiguration.fromJson(camera.toJson()));
        assertEquals(RtspTransport.AUTO, camera.withRtspTransport(RtspTransport.AUTO).rtspTransport());
    }

    @Test
    void anUnknownTransportIsRefusedNamingTheFieldAndTheChoices() {
        JsonObject bad = Json.createObjectBuilder(WITHOUT_TRANSPORT).add("rtspTransport", "SCTP").build();

        ProtocolException refused = assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(bad));

        assertTrue(refused.getMessage().contains("rtspTransport"), refused.getMessage());
        assertTrue(refused.getMessage().contains("TCP, UDP or AUTO"), refused.getMessage());
    }

    @Test
    void theShortConstructorsMeanTcp() {
        CameraConfiguration camera = new CameraConfiguration("cam-1", "Gate", URI.create("rtsp://10.0.0.9/main"),
                null, null, RecordingMode.ALWAYS, true);

        assertEquals(RtspTransport.TCP, camera.rtspTransport());
    }
}
