package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.RecordedMedia;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recorded video through the API gateway: playback and export tickets for users with the rights, refusals for a
 * guard who may only watch live, tickets that open only their own route on the recorder, a real export checked with
 * ffprobe, and evidence locks that reach the recorder and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
class PlaybackIT {

    /** The simulator's clips have a keyframe every second; an export may start one GOP early. */
    private static final double ONE_GOP_SECONDS = 1.1;

    private final ApiClient api = ArgusStack.api();
    private Map<String, String> tokens;
    private String demoCamera;
    private String guardCamera;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @BeforeEach
    void camerasAndUsers() {
        tokens = Map.of("admin", api.token("admin", "admin"), "operator", api.token("operator", "operator"),
                "guard", api.token("guard", "guard"));
        demoCamera = ArgusStack.ensureDemoCamera();
        guardCamera = GuardRole.define(api, tokens.get("admin"));
    }

    @Test
    void operatorsGetPlaybackAndExportAccessAndTheLiveOnlyGuardIsRefused() {
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant from = to.minusSeconds(60);

        Answer playback = playbackAccess(demoCamera, "operator");
        assertEquals(200, playback.status(), playback.body());
        assertTrue(playback.json().getString("recordingsUrl").contains("/recordings/" + demoCamera + "?ticket="));
        Answer export = exportAccess(demoCamera, from, to, "operator");
        assertEquals(200, export.status(), export.body());
        assertTrue(export.json().getString("exportUrl").contains("/export/" + demoCamera + "?ticket="));

        for (Answer refused : List.of(playbackAccess(guardCamera, "guard"), exportAccess(guardCamera, from, to, "guard"))) {
            assertEquals(403, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }
        assertEquals(404, playbackAccess(demoCamera, "guard").status(), "a camera the guard cannot see does not exist");
    }

    @Test
    void aLiveTicketDoesNotOpenTheRecordersExport() {
        String liveUrl = api.post("/cameras/" + guardCamera + "/live-access", tokens.get("guard"), "application/json", "")
                .json().getString("webSocketUrl");
        String exportWithLiveTicket = liveUrl.replaceFirst("^ws", "http").replace("/live/", "/export/");
        Instant to = Instant.now();

        HttpResponse<String> refused = RecordedMedia.getText(RecordedMedia.withRange(exportWithLiveTicket,
                to.minusSeconds(10), to));

        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(RecordedMedia.json(refused.body()).getString("error").contains("live"), refused.body());
    }

    @Test
    void anExportOfFiveSecondsIsAnMp4OfAboutFiveSeconds() throws Exception {
        Instant to = awaitRecorded(api, tokens.get("operator"), demoCamera, Duration.ofSeconds(8), Duration.ofSeconds(2))
                .minusSeconds(2);
        Instant from = to.minusSeconds(5);
        JsonObject access = exportAccess(demoCamera, from, to, "operator").json();

        Path file = RecordedMedia.tempFile(".mp4");
        try {
            HttpResponse<Path> download = RecordedMedia.download(access.getString("exportUrl"), file);

            assertEquals(200, download.statusCode());
            assertEquals("video/mp4", download.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("h264", RecordedMedia.ffprobeVideoCodec(file));
            double seconds = RecordedMedia.ffprobeDuration(file);
            // Cut at the keyframe at or before "from", so up to one GOP longer; never shorter than the range.
            assertTrue(seconds >= 4.9 && seconds <= 5.0 + ONE_GOP_SECONDS + 0.1, "duration " + seconds + " s");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aSnapshotUrlGivesTheJpegOfTheRecordedFrameAtAnInstant() throws Exception {
        Instant at = awaitRecorded(api, tokens.get("operator"), demoCamera, Duration.ofSeconds(4), Duration.ofSeconds(2))
                .minusSeconds(2);
        String snapshotUrl = playbackAccess(demoCamera, "operator").json().getString("snapshotUrl");

        Path file = RecordedMedia.tempFile(".jpg");
        try {
            HttpResponse<Path> snapshot = RecordedMedia.download(snapshotUrl + "&at=" + at, file);

            assertEquals(200, snapshot.statusCode());
            assertEquals("image/jpeg", snapshot.headers().firstValue("Content-Type").orElseThrow());
            Instant frameTime = Instant.parse(snapshot.headers().firstValue("X-Argus-Frame-Time").orElseThrow());
            assertTrue(!frameTime.isAfter(at) && Duration.between(frameTime, at).toMillis() < 100, "frame " + frameTime);
            BufferedImage image = ImageIO.read(file.toFile());
            assertTrue(image != null && image.getWidth() > 0, "a decodable JPEG");
        } finally {
            Files.deleteIfExists(file);
        }
        String liveUrl = api.post("/cameras/" + guardCamera + "/live-access", tokens.get("guard"), "application/json", "")
                .json().getString("webSocketUrl");
        String snapshotWithLiveTicket = liveUrl.replaceFirst("^ws", "http").replace("/live/", "/snapshot/") + "&at=" + at;
        assertEquals(403, RecordedMedia.getText(snapshotWithLiveTicket).statusCode(), "live-only guard gets no stills");
    }

    @Test
    void badRangesAre400WithProblemDetails() {
        Instant now = Instant.now();
        List<Answer> answers = List.of(
                exportAccess(demoCamera, now, now.minusSeconds(5), "operator"),
                exportAccess(demoCamera, now.minus(Duration.ofHours(25)), now, "operator"),
                api.post("/cameras/" + demoCamera + "/export-access?from=yesterday&to=" + now, tokens.get("operator"),
                        "application/json", ""),
                api.post("/cameras/" + demoCamera + "/export-access", tokens.get("operator"), "application/json", ""),
                api.postJson("/evidence-locks", tokens.get("admin"), lock(demoCamera, now, now.minusSeconds(1), "case")),
                api.postJson("/evidence-locks", tokens.get("admin"), lock(demoCamera, now.minusSeconds(9), now, " ")));
        for (Answer answer : answers) {
            assertEquals(400, answer.status(), answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        }
    }

    @Test
    void anEvidenceLockReachesTheRecorderAndTheAuditTrailAndIsReleasedAgain() throws Exception {
        Instant since = Instant.now().minusSeconds(1);
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String reason = "Case " + to.toEpochMilli();
        Answer refused = api.postJson("/evidence-locks", tokens.get("operator"), lock(demoCamera, to.minusSeconds(30), to, reason));
        assertEquals(403, refused.status(), "operators have no EVIDENCE_LOCK right: " + refused.body());

        Answer created = api.postJson("/evidence-locks", tokens.get("admin"), lock(demoCamera, to.minusSeconds(30), to, reason));

        assertEquals(201, created.status(), created.body());
        String lockId = created.json().getString("id");
        Path recorderLocks = ArgusStack.recorderStorage().resolve(".recorder/evidence-locks.json");
        assertTrue(Files.readString(recorderLocks).contains(lockId), "the recorder holds the lock");
        assertTrue(api.get("/evidence-locks", tokens.get("admin")).jsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(lock -> lockId.equals(lock.getString("id")) && reason.equals(lock.getString("reason"))));
        assertTrue(api.get("/audit?from=" + since, tokens.get("admin")).jsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(entry -> "evidence.lock".equals(entry.getString("action"))
                        && entry.getString("target", "").contains(lockId)
                        && "admin".equals(entry.getString("userName"))));

        assertEquals(204, api.delete("/evidence-locks/" + lockId, tokens.get("admin")).status());
        assertFalse(Files.readString(recorderLocks).contains(lockId), "the recorder released the lock");
        assertEquals(404, api.delete("/evidence-locks/" + lockId, tokens.get("admin")).status());
    }

    /**
     * Waits until the camera's recordings cover, without a gap, {@code [t − before, t − after]} for the current time t
     * of the check (a freshly added camera has recorded only since it was added); returns that t.
     */
    static Instant awaitRecorded(ApiClient api, String operatorToken, String cameraId, Duration before, Duration after) {
        String recordingsUrl = api.post("/cameras/" + cameraId + "/playback-access", operatorToken, "application/json", "")
                .json().getString("recordingsUrl");
        return Await.until(cameraId + " recorded from " + before + " ago until " + after + " ago", Duration.ofSeconds(90),
                () -> {
                    Instant now = Instant.now();
                    Instant from = now.minus(before);
                    Instant to = now.minus(after);
                    JsonObject listing = RecordedMedia.json(RecordedMedia.getText(RecordedMedia.withRange(recordingsUrl,
                            from.minusSeconds(60), now)).body());
                    return listing.getJsonArray("spans").stream().map(JsonValue::asJsonObject)
                            .anyMatch(span -> !Instant.parse(span.getString("from")).isAfter(from)
                                    && !Instant.parse(span.getString("to")).isBefore(to)) ? now : null;
                });
    }

    private Answer playbackAccess(String cameraId, String user) {
        return api.post("/cameras/" + cameraId + "/playback-access", tokens.get(user), "application/json", "");
    }

    private Answer exportAccess(String cameraId, Instant from, Instant to, String user) {
        return api.post("/cameras/" + cameraId + "/export-access?from=" + from + "&to=" + to, tokens.get(user),
                "application/json", "");
    }

    private static JsonObject lock(String cameraId, Instant from, Instant to, String reason) {
        return Json.createObjectBuilder().add("cameraId", cameraId).add("from", from.toString())
                .add("to", to.toString()).add("reason", reason).build();
    }
}
