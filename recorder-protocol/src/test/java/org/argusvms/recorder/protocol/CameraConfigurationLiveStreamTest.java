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

/** A camera's second (live) stream: absent from older configurations, validated, and derived for its connection. */
class CameraConfigurationLiveStreamTest {

    /** As a recorder persisted it, and a management server sent it, before the fields existed. */
    private static final JsonObject OLDER = Json.createObjectBuilder().add("cameraId", "cam-1")
            .add("name", "Gate").add("streamUrl", "rtsp://10.0.0.9/main").add("username", "admin")
            .add("password", "pw").add("recordingMode", "ALWAYS").add("rtspTransport", "UDP").build();

    @Test
    void anOlderConfigurationHasOneStream() throws ProtocolException {
        CameraConfiguration camera = CameraConfiguration.fromJson(OLDER);

        assertEquals(LiveStreamSource.PRIMARY, camera.liveStream());
        assertNull(camera.liveStreamUrl());
        assertFalse(camera.hasSecondaryLiveStream());
    }

    @Test
    void aLiveStreamUrlRoundTripsAndItsConnectionIsLiveOnlyWithThePrimarysCredentialsAndTransport()
            throws ProtocolException {
        JsonObject json = Json.createObjectBuilder(OLDER).add("liveStream", "secondary")
                .add("liveStreamUrl", "rtsp://10.0.0.9/sub").build();

        CameraConfiguration camera = CameraConfiguration.fromJson(json);
        CameraConfiguration live = camera.secondaryLiveStream("cam-1/live");

        assertEquals(camera, CameraConfiguration.fromJson(camera.toJson()));
        assertEquals("SECONDARY", camera.toJson().getString("liveStream"));
        assertEquals(URI.create("rtsp://10.0.0.9/sub"), live.streamUrl());
        assertEquals("cam-1/live", live.cameraId());
        assertEquals("admin", live.username());
        assertEquals("pw", live.password());
        assertEquals(RtspTransport.UDP, live.rtspTransport());
        assertEquals(RecordingMode.OFF, live.recordingMode());
        assertEquals(MotionSettings.OFF, live.motion());
        assertFalse(live.hasSecondaryLiveStream());
    }

    @Test
    void anOnvifCameraWithoutUrlTakesItsSecondProfile() {
        CameraConfiguration camera = new CameraConfiguration("cam-2", "Door", null, "admin", "pw",
                RecordingMode.ALWAYS, true, null, null, null, null, URI.create("http://10.0.0.8/onvif/device_service"),
                null, RtspTransport.TCP, LiveStreamSource.SECONDARY, null);

        CameraConfiguration live = camera.secondaryLiveStream("cam-2/live");

        assertNull(live.streamUrl());
        assertEquals(camera.onvifAddress(), live.onvifAddress());
    }

    @Test
    void badLiveStreamSettingsAreRefusedNamingTheField() {
        assertRefused(Json.createObjectBuilder(OLDER).add("liveStream", "TERTIARY").build(), "liveStream");
        assertRefused(Json.createObjectBuilder(OLDER).add("liveStream", "SECONDARY")
                .add("liveStreamUrl", "http://10.0.0.9/sub").build(), "liveStreamUrl");
        assertRefused(Json.createObjectBuilder(OLDER).add("liveStream", "SECONDARY")
                .add("liveStreamUrl", "rtsp://admin:pw@10.0.0.9/sub").build(), "liveStreamUrl");
        assertRefused(Json.createObjectBuilder(OLDER).add("liveStream", "SECONDARY")
                .add("liveStreamUrl", "rtsp://bad host/ sub").build(), "liveStreamUrl");
        assertRefused(Json.createObjectBuilder(OLDER).add("liveStream", "SECONDARY").build(), "liveStreamUrl");
        assertRefused(Json.createObjectBuilder(OLDER).add("liveStreamUrl", "rtsp://10.0.0.9/sub").build(),
                "liveStreamUrl");
    }

    private static void assertRefused(JsonObject json, String field) {
        ProtocolException refused = assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(json));
        assertTrue(refused.getMessage().contains(field), refused.getMessage());
        assertFalse(refused.getMessage().contains("pw"), "no password in " + refused.getMessage());
    }
}
