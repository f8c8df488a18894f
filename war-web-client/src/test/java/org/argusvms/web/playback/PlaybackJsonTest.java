package org.argusvms.web.playback;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.argusvms.management.application.EvidenceLockView;
import org.argusvms.management.application.ExportAccess;
import org.argusvms.management.application.PlaybackAccess;
import org.argusvms.management.application.PlaybackSpan;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PlaybackJsonTest {

    private static final Instant T = Instant.parse("2030-01-02T03:04:05Z");

    @Test
    void playbackAccessGivesThePageTheRecorderUrlsAndTheExpiry() {
        JsonObject json = Json.createReader(new StringReader(PlaybackJson.playback(new PlaybackAccess("cam-1",
                "http://rec:7563/recordings/cam-1?ticket=t", "http://rec:7563/playback/cam-1?ticket=t",
                "http://rec:7563/snapshot/cam-1?ticket=t", T, "http://rec:7563/motion/cam-1?ticket=t"))))
                .readObject();

        assertEquals("http://rec:7563/recordings/cam-1?ticket=t", json.getString("recordingsUrl"));
        assertEquals("http://rec:7563/playback/cam-1?ticket=t", json.getString("clipUrl"));
        assertEquals("http://rec:7563/snapshot/cam-1?ticket=t", json.getString("snapshotUrl"));
        assertEquals("http://rec:7563/motion/cam-1?ticket=t", json.getString("motionUrl"));
        assertEquals("2030-01-02T03:04:05Z", json.getString("expiresAt"));
    }

    @Test
    void afterAMoveThePageGetsTheRecorderOfEachPeriod() {
        PlaybackAccess access = new PlaybackAccess("cam-1", "http://rec2/recordings/cam-1?ticket=t",
                "http://rec2/playback/cam-1?ticket=t", "http://rec2/snapshot/cam-1?ticket=t", T,
                "http://rec2/motion/cam-1?ticket=t").withSpans(List.of(
                new PlaybackSpan("rec-1", T.minusSeconds(3600), T.minusSeconds(60), "http://rec1/recordings/cam-1?ticket=t",
                        "http://rec1/playback/cam-1?ticket=t", "http://rec1/snapshot/cam-1?ticket=t",
                        "http://rec1/motion/cam-1?ticket=t"),
                new PlaybackSpan("rec-2", T.minusSeconds(60), null, "http://rec2/recordings/cam-1?ticket=t",
                        "http://rec2/playback/cam-1?ticket=t", "http://rec2/snapshot/cam-1?ticket=t",
                        "http://rec2/motion/cam-1?ticket=t")));

        JsonArray spans = Json.createReader(new StringReader(PlaybackJson.playback(access))).readObject()
                .getJsonArray("spans");

        assertEquals("rec-1", spans.getJsonObject(0).getString("recorderId"));
        assertEquals("http://rec1/playback/cam-1?ticket=t", spans.getJsonObject(0).getString("clipUrl"));
        assertEquals("2030-01-02T03:03:05Z", spans.getJsonObject(0).getString("until"));
        assertEquals("2030-01-02T03:03:05Z", spans.getJsonObject(1).getString("from"));
        assertFalse(spans.getJsonObject(1).containsKey("until"), "the current recorder's period is open");
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
