package org.argusvms.web.playback;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.argusvms.management.application.EvidenceLockView;
import org.argusvms.management.application.ExportAccess;
import org.argusvms.management.application.PlaybackAccess;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaybackJsonTest {

    private static final Instant T = Instant.parse("2030-01-02T03:04:05Z");

    @Test
    void playbackAccessGivesThePageBothRecorderUrlsAndTheExpiry() {
        JsonObject json = Json.createReader(new StringReader(PlaybackJson.playback(new PlaybackAccess("cam-1",
                "http://rec:7563/recordings/cam-1?ticket=t", "http://rec:7563/playback/cam-1?ticket=t",
                "http://rec:7563/snapshot/cam-1?ticket=t", T))))
                .readObject();

        assertEquals("http://rec:7563/recordings/cam-1?ticket=t", json.getString("recordingsUrl"));
        assertEquals("http://rec:7563/playback/cam-1?ticket=t", json.getString("clipUrl"));
        assertEquals("http://rec:7563/snapshot/cam-1?ticket=t", json.getString("snapshotUrl"));
        assertEquals("2030-01-02T03:04:05Z", json.getString("expiresAt"));
    }

    @Test
    void exportAccessCarriesTheDownloadUrlAndTheRange() {
        JsonObject json = Json.createReader(new StringReader(PlaybackJson.export(new ExportAccess("cam-1",
                T.minusSeconds(5), T, "http://rec/export/cam-1?ticket=t&from=a&to=b", "http://rec/recordings", T))))
                .readObject();

        assertEquals("http://rec/export/cam-1?ticket=t&from=a&to=b", json.getString("exportUrl"));
        assertEquals("2030-01-02T03:04:00Z", json.getString("from"));
    }

    @Test
    void locksAreListedWithTheirReasonAndAuthor() {
        JsonArray json = Json.createReader(new StringReader(PlaybackJson.locks(List.of(new EvidenceLockView("l-1",
                "cam-1", T.minusSeconds(60), T, "case \"42\"", "admin", T))))).readArray();

        assertEquals("case \"42\"", json.getJsonObject(0).getString("reason"));
        assertEquals("admin", json.getJsonObject(0).getString("createdBy"));
    }
}
