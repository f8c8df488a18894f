package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.argusvms.benchmark.ApiBenchmark;
import org.argusvms.benchmark.BenchmarkMain;
import org.argusvms.benchmark.EventServerBenchmark;
import org.argusvms.benchmark.StackEndpoints;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The B4/B5, B8 and B11 benchmark drivers (module benchmarks, full runs with bin/benchmark) run for a few seconds
 * against the test server, so a change that breaks what they measure shows up in CI. Asserts that they measured and
 * that nothing was lost or refused — never how fast.
 */
class BenchmarkSmokeIT extends EventServerIT {

    private static final StackEndpoints STACK = StackEndpoints.standard(0, ArgusStack.keycloakUrl(),
            "postgresql://argus:argus@localhost:5432/argus");
    private static final Path WORK = Path.of(System.getProperty("argus.work.dir", "target/stack"), "benchmarks");

    @Test
    void eventServerBenchmarkDeliversAndStoresEverythingItSends() throws Exception {
        var settings = new EventServerBenchmark.Settings(STACK, 2, 2, Duration.ofSeconds(1), 50, Duration.ofSeconds(2),
                List.of(100), Duration.ofSeconds(2), Duration.ofSeconds(20), null, Duration.ZERO, WORK);

        EventServerBenchmark.Result result = new EventServerBenchmark(settings).run();

        assertTrue(result.sentTotal() > 0, result.toJson().toString());
        assertEquals(result.sentTotal(), result.receivedBySlowestSubscriber(), "every subscriber got every event: " + result.toJson());
        assertEquals(result.sentTotal(), result.stored(), "every event was stored: " + result.toJson());
        assertEquals(result.latencySent() * settings.subscribers(), result.latency().count(), "a latency per delivery");
        assertTrue(result.subscriberProblems().isEmpty(), result.toJson().toString());
    }

    @Test
    void apiBenchmarkMeasuresWithoutErrorsAndPushesTheConfigurationToEveryRecorder() throws Exception {
        var settings = new ApiBenchmark.Settings(STACK, 2, Duration.ofSeconds(1), Duration.ofSeconds(2), 1, 2, 20, 2,
                Path.of(System.getProperty("argus.recorder.jar")), 19100, Duration.ofSeconds(120), true, false, WORK, 2);

        JsonObject result = new ApiBenchmark(settings).run().toJson();

        for (JsonValue value : result.getJsonArray("loads")) {
            JsonObject load = value.asJsonObject();
            assertTrue(load.getInt("ok") > 0, "requests answered: " + load);
            if (!load.getString("name").startsWith("Keycloak login")) {
                // Keycloak's brute-force detection may refuse an odd rapid login of one user; the API never may
                assertEquals(0, load.getInt("errors"), "no request failed: " + load);
            }
        }
        assertTrue(result.getJsonArray("loads").stream().map(value -> value.asJsonObject().getString("name"))
                .anyMatch(name -> name.contains("(wrk, 2 connections)")), "wrk measured too (bin/test installs it)");
        JsonObject large = result.getJsonObject("largeConfiguration");
        assertEquals(20, large.getJsonObject("creation").getInt("created"), large.toString());
        assertTrue(large.getJsonObject("listing").getInt("camerasListed") >= 20, "the list holds them: " + large);
        assertTrue(large.getJsonObject("fullResync").getBoolean("complete"), large.toString());
        assertEquals(20, large.getJsonObject("fullResync").getInt("camerasReportedByRecorders"), large.toString());
    }

    @Test
    void liveLatencyBenchmarkReadsTheCaptureTimeOfFramesTheBrowserPresentsAndWritesItsResults() throws Exception {
        Path output = WORK.resolve("b4-smoke");

        BenchmarkMain.main(new String[] {"b4", "--tiles", "1", "--warmup", "1", "--seconds", "3", "--gops", "25",
                "--first-frame-trials", "2", "--bitrate", "500", "--output", output.toString(),
                "--chromium", System.getProperty("argus.chromium", "/usr/bin/chromium"),
                "--chromedriver", System.getProperty("argus.chromedriver", "/usr/bin/chromedriver")});

        assertTrue(Files.readString(output.resolve("b4-b5-live-latency.md")).contains("| 1 |"), "the table has the 1-tile row");
        JsonObject result;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(output.resolve("b4-b5-live-latency.json")))) {
            result = reader.readObject();
        }
        JsonObject oneTile = result.getJsonArray("latency").getJsonObject(0);
        assertTrue(oneTile.getInt("framesMeasured") > 0, "frames whose stamp the page read: " + oneTile);
        assertEquals(oneTile.getInt("framesMeasured"), oneTile.getJsonObject("captureToPresented").getInt("count"),
                "a latency per measured frame: " + oneTile);
        JsonObject firstFrame = result.getJsonArray("firstFrame").getJsonObject(0);
        assertEquals(2, firstFrame.getJsonObject("clickToFirstFrame").getInt("count"), "each trial showed a frame: " + firstFrame);
    }
}
