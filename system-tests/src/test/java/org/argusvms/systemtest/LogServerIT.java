package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The log server end to end: an administrator's change reaches the log as an AUDIT entry over JMS, is found by user,
 * text, time window and kind, and exported as CSV; only SECURITY administrators may read it; retention removes what
 * is older than each kind's retention; and SYSTEM entries from recorders are kept from the configured level up.
 */
class LogServerIT extends EventServerIT {

    private static final Duration CAMERA_PATIENCE = Duration.ofSeconds(60);

    private JsonObject settingsBefore;

    @BeforeEach
    void rememberSettings() {
        settingsBefore = api.get("/log-settings", admin).json();
    }

    @AfterEach
    void restoreSettings() {
        api.putJson("/log-settings", admin, Json.createObjectBuilder(settingsBefore).remove("version").build());
    }

    @Test
    void anAdministratorsChangeIsLoggedSearchableAndExportable() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        Answer group = api.postJson("/device-groups", admin, Json.createObjectBuilder()
                .add("name", "Log " + marker).add("cameraIds", Json.createArrayBuilder()).build());
        assertEquals(201, group.status(), group.body());
        cleanUp.add("/device-groups/" + group.json().getString("id"));

        JsonObject entry = Await.until("the AUDIT entry of the new device group", DELIVERY,
                () -> only(logs("kind=AUDIT&user=admin&text=" + encode("log " + marker.toUpperCase()))));
        assertEquals("device-group.create", entry.getString("category"));
        assertEquals("INFO", entry.getString("level"));
        assertEquals("management", entry.getString("source"));
        assertTrue(entry.getString("message").contains("Log " + marker), entry.toString());

        assertEquals(1, logs("text=" + marker + "&from=" + before).size(), "inside the time window");
        assertEquals(0, logs("text=" + marker + "&to=" + before).size(), "before the time window");
        assertEquals(0, logs("text=" + marker + "&user=operator").size(), "someone else's");
        assertEquals(0, logs("text=" + marker + "&kind=SYSTEM").size(), "another kind");
        assertEquals(0, logs("text=" + marker + "&level=WARNING").size(), "less severe than asked for");

        HttpResponse<String> export = exportCsv("kind=AUDIT&text=" + marker, admin);
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), export.headers().toString());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        List<List<String>> rows = parseCsv(export.body());
        assertEquals(List.of("occurredAt", "kind", "level", "source", "user", "category", "message", "origin",
                "receivedAt", "id"), rows.get(0));
        assertEquals(2, rows.size(), "header and the one entry: " + rows);
        assertEquals(List.of("AUDIT", "admin", "device-group.create", entry.getString("id")),
                List.of(rows.get(1).get(1), rows.get(1).get(4), rows.get(1).get(5), rows.get(1).get(9)));
        assertEquals(entry.getString("message"), rows.get(1).get(6));
    }

    @Test
    void onlySecurityAdministratorsReadTheLogAndBadFiltersAreRefused() throws Exception {
        assertEquals(403, api.get("/logs", operator).status());
        assertEquals(403, exportCsv("", operator).statusCode());
        assertEquals(403, api.get("/log-settings", operator).status());
        assertEquals(403, api.postJson("/log-settings/purge", operator, JsonValue.EMPTY_JSON_OBJECT).status());

        assertRefused("/logs?kind=DEBUG", "kind");
        assertRefused("/logs?level=FATAL", "level");
        assertRefused("/logs?from=2026-11-25T12:00:00Z&to=2026-11-25T11:00:00Z", "to");
        assertRefused("/logs?from=yesterday", "from");
        assertRefused("/logs?limit=0", "limit");
        assertRefused("/logs?offset=abc", "offset");
        assertEquals(400, exportCsv("kind=DEBUG", admin).statusCode());

        Answer badSettings = api.putJson("/log-settings", admin, settings("INFO", 0, 365, 90));
        assertEquals(400, badSettings.status(), badSettings.body());
        assertEquals("systemRetentionDays", badSettings.json().getString("field"));
        assertEquals(settingsBefore, api.get("/log-settings", admin).json(), "a refused change changes nothing");
    }

    @Test
    void retentionRemovesWhatIsOlderThanItsKindsRetentionAndNothingElse() throws Exception {
        Answer changed = api.putJson("/log-settings", admin, settings("ERROR", 7, 365, 90));
        assertEquals(200, changed.status(), changed.body());
        Instant now = Instant.now();
        insertEntry("SYSTEM", now.minus(10, ChronoUnit.DAYS), "expired system " + marker);
        insertEntry("SYSTEM", now.minus(3, ChronoUnit.DAYS), "recent system " + marker);
        insertEntry("AUDIT", now.minus(10, ChronoUnit.DAYS), "kept audit " + marker);
        insertEntry("RULE", now.minus(100, ChronoUnit.DAYS), "expired rule " + marker);
        insertEntry("RULE", now.minus(10, ChronoUnit.DAYS), "recent rule " + marker);
        assertEquals(5, logs("text=" + marker).size());

        Answer purged = api.postJson("/log-settings/purge", admin, JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, purged.status(), purged.body());
        assertTrue(purged.json().getInt("system") >= 1 && purged.json().getInt("rule") >= 1, purged.body());

        Set<String> kept = logs("text=" + marker).stream().map(entry -> entry.getString("message"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("recent system " + marker, "kept audit " + marker, "recent rule " + marker), kept);
    }

    @Test
    void anExportLongerThanOneChunkIsStreamedWholeWithEveryEntryOnce() throws Exception {
        List<String> messages = IntStream.range(0, 2500).mapToObj(i -> "bulk " + i + " " + marker).toList();
        insertEntries("SYSTEM", Instant.now().minus(1, ChronoUnit.HOURS), messages);

        HttpResponse<String> export = exportCsv("text=" + marker, admin);
        assertEquals(200, export.statusCode(), export.body());
        List<List<String>> rows = parseCsv(export.body());
        List<String> exported = rows.subList(1, rows.size()).stream().map(row -> row.get(6)).toList();
        assertEquals(messages.size(), exported.size());
        assertEquals(Set.copyOf(messages), Set.copyOf(exported), "every entry exactly once");
        assertEquals("bulk 2499 " + marker, exported.get(0), "newest first");
    }

    @Test
    void recorderEventsAreSystemEntriesKeptFromTheConfiguredLevelUp() {
        assertEquals(200, api.putJson("/log-settings", admin, settings("ERROR", 30, 365, 90)).status());

        String unreachable = addCamera("Log unreachable " + marker, "rtsp://127.0.0.1:9/nothing-listens-here");
        JsonObject failure = Await.until("the camera failure as a SYSTEM error", CAMERA_PATIENCE, () -> first(
                logs("kind=SYSTEM&source=" + encode(cameraSource(unreachable)))));
        assertEquals("ERROR", failure.getString("level"));
        assertEquals("camera.disconnected", failure.getString("category"));

        String streaming = addCamera("Log streaming " + marker, ArgusStack.cameraUrl("cam3"));
        Await.until("the camera streaming", CAMERA_PATIENCE, () -> api.get("/events?cameraId=" + streaming, admin)
                .jsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(event -> event.getString("eventType").equals("recording.started")) ? true : null);

        assertEquals(200, api.putJson("/log-settings", admin, settings("INFO", 30, 365, 90)).status());
        assertEquals(204, api.delete("/cameras/" + streaming, admin).status());
        cleanUp.remove("/cameras/" + streaming);
        JsonObject stopped = Await.until("recording.stopped as a SYSTEM info entry", CAMERA_PATIENCE, () -> first(
                logs("kind=SYSTEM&source=" + encode(cameraSource(streaming)) + "&text=recording.stopped")));
        assertEquals("INFO", stopped.getString("level"));
        // the stop was queued after the start; once it is stored, the start has long been taken in and dropped
        List<String> categories = logs("kind=SYSTEM&source=" + encode(cameraSource(streaming))).stream()
                .filter(entry -> entry.getString("level").equals("INFO")).map(entry -> entry.getString("category"))
                .toList();
        assertEquals(List.of("recording.stopped"), categories,
                "camera.connected and recording.started came while only errors were kept");
    }

    private String addCamera(String name, String url) {
        Answer created = api.postJson("/cameras", admin, Json.createObjectBuilder().add("name", name)
                .add("streamUrl", url).add("recorderId", ArgusStack.RECORDER_ID).build());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        cleanUp.add("/cameras/" + id);
        return id;
    }

    private static String cameraSource(String cameraId) {
        return "recorder:" + ArgusStack.RECORDER_ID + "/camera:" + cameraId;
    }

    private List<JsonObject> logs(String query) {
        Answer answer = api.get("/logs?limit=500&" + query, admin);
        assertEquals(200, answer.status(), answer.body());
        return answer.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject first(List<JsonObject> entries) {
        return entries.isEmpty() ? null : entries.get(0);
    }

    private static JsonObject only(List<JsonObject> entries) {
        assertTrue(entries.size() <= 1, "at most one entry: " + entries);
        return first(entries);
    }

    private void assertRefused(String path, String field) {
        Answer answer = api.get(path, admin);
        assertEquals(400, answer.status(), path + ": " + answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals(field, answer.json().getString("field"), path);
    }

    private static JsonObject settings(String level, int systemDays, int auditDays, int ruleDays) {
        return Json.createObjectBuilder().add("systemLevel", level).add("systemRetentionDays", systemDays)
                .add("auditRetentionDays", auditDays).add("ruleRetentionDays", ruleDays).build();
    }

    /** The export through plain HTTP, because its headers (type, disposition) are part of what is checked. */
    private static HttpResponse<String> exportCsv(String query, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ArgusStack.apiUrl() + "/logs/export.csv?" + query))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    private static void insertEntry(String kind, Instant occurredAt, String message) throws SQLException {
        insertEntries(kind, occurredAt, List.of(message));
    }

    /**
     * Writes entries as if they had arrived at {@code occurredAt} (one millisecond apart), straight into the log
     * schema: the test has no JMS client, and the intake would stamp them with today's reception time anyway.
     */
    private static void insertEntries(String kind, Instant occurredAt, List<String> messages) throws SQLException {
        String url = System.getenv().getOrDefault("ARGUS_DB_URL", "jdbc:postgresql://localhost:5432/argus");
        try (Connection db = DriverManager.getConnection(url, System.getenv().getOrDefault("ARGUS_DB_USER", "argus"),
                System.getenv().getOrDefault("ARGUS_DB_PASSWORD", "argus"));
             PreparedStatement insert = db.prepareStatement("INSERT INTO log_entry (id, kind, log_level, occurred_at,"
                     + " received_at, source, message) VALUES (?, ?, 'ERROR', ?, ?, 'log-server-it', ?)")) {
            for (int i = 0; i < messages.size(); i++) {
                Timestamp time = Timestamp.from(occurredAt.plusMillis(i));
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, kind);
                insert.setTimestamp(3, time);
                insert.setTimestamp(4, time);
                insert.setString(5, messages.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
