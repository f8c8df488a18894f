package org.argusvms.web.live;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.argusvms.management.application.LiveStreamAccess;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LiveAccessJsonTest {

    @Test
    void aGrantCarriesTheWebSocketUrlAndItsExpiryForThePlayer() {
        LiveStreamAccess access = new LiveStreamAccess("cam-1", "ws://127.0.0.1:7563/live/cam-1?ticket=abc.def",
                Instant.parse("2030-01-02T03:04:05Z"));

        JsonObject json = parse(LiveAccessJson.grant(access));

        assertEquals("cam-1", json.getString("cameraId"));
        assertEquals("ws://127.0.0.1:7563/live/cam-1?ticket=abc.def", json.getString("url"));
        assertEquals("2030-01-02T03:04:05Z", json.getString("expiresAt"));
        assertEquals(List.of("primary"), json.getJsonArray("streams").getValuesAs(JsonString::getString));
        assertEquals(false, json.getBoolean("audio"), "video only unless the grant says the user may listen");
    }

    @Test
    void aCameraWithASecondStreamListsBothWithTheirUrls() {
        LiveStreamAccess access = LiveStreamAccess.of("cam-1", "ws://127.0.0.1:7563/live/cam-1?ticket=abc.def",
                Instant.parse("2030-01-02T03:04:05Z"), false, true);

        JsonObject json = parse(LiveAccessJson.grant(access));

        assertEquals(List.of("primary", "secondary"), json.getJsonArray("streams").getValuesAs(JsonString::getString));
        assertEquals("ws://127.0.0.1:7563/live/cam-1?ticket=abc.def&stream=secondary",
                json.getJsonObject("streamUrls").getString("secondary"));
        assertEquals("ws://127.0.0.1:7563/live/cam-1?ticket=abc.def&stream=primary",
                json.getJsonObject("streamUrls").getString("primary"));
    }

    @Test
    void aGrantWithSoundSaysSo() {
        LiveStreamAccess access = new LiveStreamAccess("cam-1", "ws://h/live/cam-1?ticket=a.b",
                Instant.parse("2030-01-02T03:04:05Z"), true);

        assertEquals(true, parse(LiveAccessJson.grant(access)).getBoolean("audio"));
    }

    @Test
    void anErrorIsAMessageEvenWhenItContainsQuotes() {
        assertEquals("no \"such\" camera", parse(LiveAccessJson.error("no \"such\" camera")).getString("error"));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
