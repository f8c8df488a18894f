package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A camera's RTP transport through the whole stack: an administrator switches a camera from TCP to UDP over REST, the
 * recorder then receives it over UDP (as its status, shown in the camera view, says) and records it; an unknown
 * transport is refused naming the field and leaves the camera as it was.
 */
class RtspTransportIT extends EventServerIT {

    /** A simulator camera that no other system test reconfigures. */
    private static final String SIMULATOR_CAMERA = "cam4";
    private static final Duration STREAMING_WITHIN = Duration.ofSeconds(60);

    @Test
    void anAdministratorSwitchesACameraToUdpAndTheRecorderRecordsItOverUdp() {
        JsonObject created = createObject("/cameras", Json.createObjectBuilder().add("name", "Dock " + marker)
                .add("streamUrl", ArgusStack.cameraUrl(SIMULATOR_CAMERA)).add("recorderId", ArgusStack.RECORDER_ID)
                .build());
        String camera = created.getString("id");
        assertEquals("TCP", created.getString("rtspTransport"), "a new camera's default");
        awaitStreamingOver(camera, "TCP");

        Answer changed = api.putJson("/cameras/" + camera, admin, change(created, "UDP"));
        assertEquals(200, changed.status(), changed.body());
        assertEquals("UDP", changed.json().getString("rtspTransport"));

        awaitStreamingOver(camera, "UDP");
        PlaybackIT.awaitRecorded(api, admin, camera, Duration.ofSeconds(4), Duration.ofSeconds(2));
        assertEquals("UDP", api.get("/cameras/" + camera, admin).json().getString("rtspTransportInUse"),
                "still over UDP while recording");

        JsonObject stored = api.get("/cameras/" + camera, admin).json();
        Answer refused = api.putJson("/cameras/" + camera, admin, change(stored, "SCTP"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.body().contains("\"field\":\"rtspTransport\""), refused.body());
        assertTrue(refused.body().contains("TCP, UDP or AUTO"), refused.body());
        JsonObject after = api.get("/cameras/" + camera, admin).json();
        assertEquals("UDP", after.getString("rtspTransport"), "nothing stored");
        assertEquals(stored.getJsonNumber("version"), after.getJsonNumber("version"), "nothing stored");
    }

    /** The camera's configuration as read, with another transport, based on the version read. */
    private static JsonObject change(JsonObject camera, String transport) {
        return Json.createObjectBuilder().add("name", camera.getString("name"))
                .add("streamUrl", camera.getString("streamUrl")).add("recorderId", camera.getString("recorderId"))
                .add("recordingMode", camera.getString("recordingMode"))
                .add("version", camera.getJsonNumber("version").longValue())
                .add("rtspTransport", transport).build();
    }

    private void awaitStreamingOver(String camera, String transport) {
        Await.until(camera + " streaming over " + transport, STREAMING_WITHIN, () -> {
            JsonObject view = api.get("/cameras/" + camera, admin).json();
            return "STREAMING".equals(view.getString("state", ""))
                    && transport.equals(view.getString("rtspTransportInUse", "")) ? true : null;
        });
    }
}
