package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * B11 of the brief: authenticated REST calls per second (bearer tokens validated locally by WildFly), logins per
 * second through Keycloak, and a large configuration — cameras on many registered recording servers — that loads,
 * pages and is pushed to every recorder without timeouts.
 */
public final class ApiBenchmark {

    /** What to run. */
    public record Settings(StackEndpoints stack, int workers, Duration warmup, Duration measure, int loginWorkers,
                           int recorders, int cameras, int creationWorkers, Path recorderJar, int recorderBasePort,
                           Duration syncTimeout, boolean removeCameras, boolean loginsOnly, Path workDir,
                           int wrkConnections) {
    }

    /** The measurements as JSON, and the table for docs/benchmarks.md. */
    public record Result(JsonObject json, String table) {

        public JsonObject toJson() {
            return json;
        }
    }

    /** Generous for 50 JVMs starting at once on two cores; a recorder that never registers fails the run. */
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofMinutes(4);

    private final Settings settings;
    private final RequestLoad load = new RequestLoad();

    public ApiBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run() throws Exception {
        StackEndpoints stack = settings.stack();
        ArgusApi admin = stack.api("admin", "admin");
        ArgusApi operator = stack.api("operator", "operator");
        JsonObjectBuilder result = Json.createObjectBuilder()
                .add("benchmark", "B11 REST API with bearer tokens, Keycloak logins, large configuration")
                .add("at", Instant.now().toString());
        List<RequestLoad.Outcome> loads = new ArrayList<>();

        loads.add(measureLogins(stack));
        if (settings.loginsOnly()) {
            return finish(result, loads);
        }

        try (RecorderFleet fleet = new RecorderFleet(settings.recorderJar(), settings.workDir(), settings.recorders(),
                settings.recorderBasePort(), stack.recorderEventPort())) {
            long fleetStart = System.nanoTime();
            fleet.start(true);
            fleet.awaitOnline(admin, REGISTRATION_TIMEOUT);
            double registerSeconds = seconds(fleetStart);
            List<Double> memory = fleet.residentMebibytes();
            result.add("recorders", Json.createObjectBuilder().add("count", fleet.count())
                    .add("startAndRegisterSeconds", Latencies.round(registerSeconds))
                    .add("residentMiBAverage", Latencies.round(memory.stream().mapToDouble(d -> d).average().orElse(0)))
                    .add("residentMiBTotal", Latencies.round(memory.stream().mapToDouble(d -> d).sum()))
                    .add("jvm", "-Xmx48m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));

            CameraCreation firstCameras = createCameras(admin, 0, fleet.count());
            List<String> someIds = firstCameras.ids();
            loads.addAll(apiRates(operator, someIds, "with " + someIds.size() + " cameras"));

            CameraCreation rest = createCameras(admin, fleet.count(), settings.cameras());
            List<String> allIds = new ArrayList<>(someIds);
            allIds.addAll(rest.ids());
            int perRecorder = settings.cameras() / fleet.count();
            long appliedStart = System.nanoTime();
            boolean allApplied = fleet.awaitCameras(perRecorder, settings.syncTimeout());
            result.add("largeConfiguration", Json.createObjectBuilder()
                    .add("cameras", settings.cameras()).add("recorders", fleet.count())
                    .add("cameraSettings", "recording OFF, disabled (no media connection), unreachable rtsp://127.0.0.1:9/ URL")
                    .add("creation", firstCameras.plus(rest).toJson())
                    .add("allRecordersReportTheirCameras", allApplied)
                    .add("secondsAfterLastCreateUntilRecordersReportAll", Latencies.round(seconds(appliedStart)))
                    .add("listing", listAll(operator))
                    .add("fullResync", fullResync(fleet, admin, perRecorder)));
            loads.add(load.run("GET /cameras/{id} with " + allIds.size() + " cameras", settings.workers(),
                    settings.warmup(), settings.measure(), () -> operator.getRequest("/cameras/" + random(allIds))));
            if (settings.removeCameras()) {
                allIds.forEach(id -> admin.delete("/cameras/" + id));
            }
        }
        return finish(result, loads);
    }

    private static Result finish(JsonObjectBuilder result, List<RequestLoad.Outcome> loads) {
        JsonArrayBuilder loadArray = Json.createArrayBuilder();
        loads.forEach(outcome -> loadArray.add(outcome.toJson()));
        result.add("loads", loadArray).add("target", ">= 2000/s, p99 <= 20 ms");
        JsonObject json = result.build();
        return new Result(json, table(loads, json));
    }

    /**
     * Password-grant logins, each worker as a user of its own (as real logins come from different people; the same
     * user logging in concurrently trips Keycloak's brute-force detection).
     */
    private RequestLoad.Outcome measureLogins(StackEndpoints stack) throws Exception {
        List<KeycloakBenchmarkUser> users = new ArrayList<>();
        try {
            for (int i = 0; i < settings.loginWorkers(); i++) {
                users.add(new KeycloakBenchmarkUser(stack.keycloakUrl()));
            }
            AtomicInteger nextUser = new AtomicInteger();
            ThreadLocal<ArgusApi> ownUser = ThreadLocal.withInitial(
                    () -> users.get(nextUser.getAndIncrement() % users.size()).api(stack.apiBase()));
            return load.run("Keycloak login (password grant, argus-api, a user per worker)", settings.loginWorkers(),
                    settings.warmup(), settings.measure(), () -> ownUser.get().loginRequest());
        } finally {
            for (KeycloakBenchmarkUser user : users) {
                user.close();
            }
        }
    }

    /** The authenticated read paths an operator's client uses, each measured on its own. */
    private List<RequestLoad.Outcome> apiRates(ArgusApi operator, List<String> ids, String context) throws InterruptedException {
        List<RequestLoad.Outcome> outcomes = new ArrayList<>();
        outcomes.add(load.run("GET /recording-servers " + context, settings.workers(), settings.warmup(), settings.measure(),
                () -> operator.getRequest("/recording-servers")));
        outcomes.add(load.run("GET /cameras/{id} " + context, settings.workers(), settings.warmup(), settings.measure(),
                () -> operator.getRequest("/cameras/" + random(ids))));
        outcomes.add(load.run("GET /cameras?limit=50 " + context, settings.workers(), settings.warmup(), settings.measure(),
                () -> operator.getRequest("/cameras?limit=50")));
        if (settings.wrkConnections() > 0 && WrkLoad.available()) {
            outcomes.addAll(wrkRates(operator, ids, context));
        }
        return outcomes;
    }

    /** The two cheapest reads again from wrk, whose client CPU leaves more of the two cores to the server. */
    private List<RequestLoad.Outcome> wrkRates(ArgusApi operator, List<String> ids, String context)
            throws InterruptedException {
        URI api = URI.create(operator.apiBase());
        String origin = api.getScheme() + "://" + api.getAuthority();
        String prefix = api.getPath();
        WrkLoad wrk = new WrkLoad(settings.workDir());
        try {
            return List.of(
                    wrk.run("GET /recording-servers " + context, settings.wrkConnections(), settings.warmup(),
                            settings.measure(), origin, operator.token(), List.of(prefix + "/recording-servers")),
                    wrk.run("GET /cameras/{id} " + context, settings.wrkConnections(), settings.warmup(),
                            settings.measure(), origin, operator.token(),
                            ids.stream().map(id -> prefix + "/cameras/" + id).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cameras {@code from} (inclusive) to {@code to} (exclusive), round-robin over the recorders, concurrently. */
    private CameraCreation createCameras(ArgusApi admin, int from, int to) throws InterruptedException {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        Latencies latencies = new Latencies();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger(from);
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < settings.creationWorkers(); w++) {
            Thread worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    JsonObject camera = Json.createObjectBuilder().add("name", String.format("Bench camera %05d", i + 1))
                            .add("streamUrl", "rtsp://127.0.0.1:9/bench-" + (i + 1))
                            .add("recorderId", RecorderFleet.id(i % settings.recorders()))
                            .add("recordingMode", "OFF").add("enabled", false).build();
                    long sent = System.nanoTime();
                    try {
                        ArgusApi.Reply reply = admin.postJson("/cameras", camera);
                        if (reply.status() == 201) {
                            latencies.add(System.nanoTime() - sent);
                            ids.add(((JsonObject) reply.json()).getString("id"));
                        } else {
                            errors.add(reply.status() + " " + reply.body());
                        }
                    } catch (RuntimeException e) {
                        errors.add(e.toString());
                    }
                }
            }, "create-cameras-" + w);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new CameraCreation(List.copyOf(ids), seconds(start), latencies, List.copyOf(errors));
    }

    /** Walks the camera list page by page (limit 500) and reports the time; notes if the server ignores paging. */
    private JsonObject listAll(ArgusApi operator) {
        int limit = 500;
        long start = System.nanoTime();
        int pages = 0;
        int seen = 0;
        boolean paged = true;
        Latencies perPage = new Latencies();
        while (true) {
            long pageStart = System.nanoTime();
            ArgusApi.Reply reply = operator.expect(200, operator.get("/cameras?offset=" + seen + "&limit=" + limit), "listing cameras");
            perPage.add(System.nanoTime() - pageStart);
            JsonArray page = reply.json().asJsonArray();
            pages++;
            seen += page.size();
            if (page.size() > limit) {
                paged = false; // the whole list came in one answer
                break;
            }
            if (page.size() < limit) {
                break;
            }
        }
        return Json.createObjectBuilder().add("camerasListed", seen).add("requests", pages)
                .add("serverPages", paged).add("totalSeconds", Latencies.round(seconds(start)))
                .add("perRequest", perPage.summary().toJson()).build();
    }

    /**
     * Stops every recorder, deletes what it stored (its camera list), starts it again and measures until each
     * recorder has re-registered and reports all its cameras again: a full configuration push from the database.
     */
    private JsonObject fullResync(RecorderFleet fleet, ArgusApi admin, int perRecorder) throws Exception {
        fleet.stop(true);
        long start = System.nanoTime();
        fleet.start(true);
        fleet.awaitOnline(admin, REGISTRATION_TIMEOUT);
        double registered = seconds(start);
        boolean complete = fleet.awaitCameras(perRecorder, settings.syncTimeout());
        double pushed = seconds(start);
        int[] counts = fleet.cameraCounts();
        return Json.createObjectBuilder().add("secondsUntilAllRegistered", Latencies.round(registered))
                .add("secondsUntilAllCamerasPushed", Latencies.round(pushed)).add("complete", complete)
                .add("camerasReportedByRecorders", Arrays.stream(counts).sum()).build();
    }

    private static String table(List<RequestLoad.Outcome> loads, JsonObject json) {
        List<String> rows = new ArrayList<>(List.of(
                "| B11 load (closed loop, after warm-up) | workers | per second | p50 / p95 / p99 / max ms | ok / errors |",
                "|---|---|---|---|---|"));
        loads.forEach(outcome -> rows.add(outcome.row()));
        JsonObject large = json.getJsonObject("largeConfiguration");
        if (large != null) {
            JsonObject creation = large.getJsonObject("creation");
            JsonObject listing = large.getJsonObject("listing");
            JsonObject resync = large.getJsonObject("fullResync");
            JsonObject recorders = json.getJsonObject("recorders");
            rows.add("");
            rows.add("| B11 large configuration: " + large.getInt("cameras") + " cameras on " + large.getInt("recorders")
                    + " recorders | result |");
            rows.add("|---|---|");
            rows.add("| recorders started and registered | " + recorders.get("startAndRegisterSeconds") + " s, "
                    + recorders.get("residentMiBAverage") + " MiB RSS each (" + recorders.get("residentMiBTotal") + " MiB total) |");
            rows.add("| cameras created through REST | " + creation.getInt("created") + " in " + creation.get("totalSeconds")
                    + " s (" + creation.get("camerasPerSecond") + "/s), per request p50/p95/p99/max "
                    + summary(creation.getJsonObject("perRequest")) + " ms, " + creation.getInt("errors") + " errors |");
            rows.add("| every recorder reports its cameras | " + large.getBoolean("allRecordersReportTheirCameras") + ", "
                    + large.get("secondsAfterLastCreateUntilRecordersReportAll") + " s after the last create |");
            rows.add("| list all cameras | " + listing.getInt("camerasListed") + " in " + listing.getInt("requests")
                    + " request(s), " + listing.get("totalSeconds") + " s" + (listing.getBoolean("serverPages") ? "" : " (the API does not page: one answer)") + " |");
            rows.add("| full re-sync (recorders restarted empty) | registered after " + resync.get("secondsUntilAllRegistered")
                    + " s, all " + resync.getInt("camerasReportedByRecorders") + " cameras back after "
                    + resync.get("secondsUntilAllCamerasPushed") + " s, complete " + resync.getBoolean("complete") + " |");
        }
        return String.join("\n", rows);
    }

    private static String summary(JsonObject latency) {
        return latency.get("p50Ms") + " / " + latency.get("p95Ms") + " / " + latency.get("p99Ms") + " / " + latency.get("maxMs");
    }

    private static String random(List<String> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Cameras created by one batch: their ids, the wall time, per-request latencies and refused requests. */
    private record CameraCreation(List<String> ids, double seconds, Latencies latencies, List<String> errors) {

        CameraCreation plus(CameraCreation other) {
            List<String> allErrors = new ArrayList<>(errors);
            allErrors.addAll(other.errors);
            List<String> allIds = new ArrayList<>(ids);
            allIds.addAll(other.ids);
            return new CameraCreation(allIds, seconds + other.seconds, latencies.with(other.latencies), allErrors);
        }

        JsonObject toJson() {
            return Json.createObjectBuilder().add("created", ids.size()).add("errors", errors.size())
                    .add("firstError", errors.isEmpty() ? "" : errors.get(0))
                    .add("totalSeconds", Latencies.round(seconds))
                    .add("camerasPerSecond", Latencies.round(ids.size() / seconds))
                    .add("perRequest", latencies.summary().toJson()).build();
        }
    }
}
