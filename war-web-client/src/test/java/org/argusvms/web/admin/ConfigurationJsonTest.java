package org.argusvms.web.admin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.RecordingServerView;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ConfigurationJsonTest {

    private static final CameraView GATE = CameraView.builder("c-1", "Gate").streamUrl("rtsp://10.0.0.5/s1")
            .recorderId("rec-1").recordingMode("ALWAYS").enabled(true).version(3).state("STREAMING", null)
            .triggeredRecording(5, 10, "FULL").username("viewer").rtspTransport("AUTO", "UDP")
            .liveStream("SECONDARY", "rtsp://10.0.0.5/s2").build();
    private static final CameraView YARD = CameraView.builder("c-2", "Yard").recorderId("rec-1").recordingMode("OFF")
            .enabled(false).version(1).state("DISABLED", null).triggeredRecording(5, 10, "FULL")
            .onvifAddress("http://10.0.0.6/onvif/device_service").build();

    @Test
    void eachRecorderShowsItsStatusAndHowManyCamerasItRuns() {
        JsonArray servers = Json.createReader(new StringReader(ConfigurationJson.recordingServers(List.of(
                new RecordingServerView("rec-1", "Main", "10.0.0.2", 9001, "http://10.0.0.2:7563", "0.1", true,
                        Instant.parse("2030-01-01T00:00:00Z")),
                new RecordingServerView("rec-2", "Spare", "10.0.0.3", 9001, "http://10.0.0.3:7563", null, false, null)),
                List.of(GATE, YARD)))).readArray();

        assertEquals(2, servers.getJsonObject(0).getInt("cameras"));
        assertEquals(true, servers.getJsonObject(0).getBoolean("online"));
        assertEquals(0, servers.getJsonObject(1).getInt("cameras"));
        assertEquals(false, servers.getJsonObject(1).getBoolean("online"));
    }

    @Test
    void aCameraCarriesItsStateBadgeVersionAndUsernameButNoPassword() {
        JsonObject gate = json(ConfigurationJson.camera(GATE));
        JsonObject yard = Json.createReader(new StringReader(ConfigurationJson.cameras(List.of(YARD)))).readArray()
                .getJsonObject(0);

        assertEquals("Streaming", gate.getString("stateLabel"));
        assertEquals(3, gate.getInt("version"));
        assertFalse(gate.containsKey("password"));
        assertEquals("viewer", gate.getString("username"), "the edit form shows it, so a save keeps it");
        assertEquals("", yard.getString("username"));
        assertEquals("Disabled", yard.getString("stateLabel"));
        assertEquals("", yard.getString("streamUrl"));
        assertEquals("http://10.0.0.6/onvif/device_service", yard.getString("onvifAddress"));
    }

    @Test
    void aCameraCarriesItsRtpTransportSoThatASaveKeepsIt() {
        JsonObject gate = json(ConfigurationJson.camera(GATE));
        JsonObject yard = json(ConfigurationJson.camera(YARD));

        assertEquals("AUTO", gate.getString("rtspTransport"));
        assertEquals("UDP", gate.getString("rtspTransportInUse"), "what AUTO chose");
        assertEquals("TCP", yard.getString("rtspTransport"));
        assertEquals("", yard.getString("rtspTransportInUse"), "not streaming");
    }

    @Test
    void theEditFormGetsTheCamerasLiveStream() {
        JsonObject gate = json(ConfigurationJson.camera(GATE));
        JsonObject yard = json(ConfigurationJson.camera(YARD));

        assertEquals("SECONDARY", gate.getString("liveStream"));
        assertEquals("rtsp://10.0.0.5/s2", gate.getString("liveStreamUrl"));
        assertEquals("PRIMARY", yard.getString("liveStream"));
        assertEquals("", yard.getString("liveStreamUrl"));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
