package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.recorder.protocol.RecorderStatus;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * B4 and B5 of the brief: live latency and time to first frame, as an operator sees them in the web client.
 *
 * <p>Stamped simulated cameras (camera-simulator {@code --stamp-frames}: each picture encoded live, carrying its
 * capture time in pixels) are added to a recorder of the running stack; headless Chromium signs in to the web
 * client, opens them on 1 and 16 tiles, and the page ({@code live-latency-probe.js}) reads the stamp of every frame it
 * presents (requestVideoFrameCallback, canvas). Latency = presentation − capture, one clock. It is split three ways:
 * the simulator reports per picture how long capture to RTP send took (subtracted: recorder receipt → presented, the
 * span B4 names); the page notes when each fMP4 fragment arrived on the player's WebSocket (capture → in the browser,
 * and in the browser → presented, the player's and Chromium's share). B5 opens one camera on an empty tile again and
 * again, for each GOP length, and takes the time from the click to the first presented frame, and to the first frame
 * no older than {@link #LIVE_EDGE_MS}. The peer, ffmpeg as a low-delay RTSP viewer of the same camera
 * ({@link FfmpegLiveViewer}), gives the floor without recorder, browser or display.
 */
public final class LiveLatencyBenchmark {

    /** A frame at most this old counts as live (B4's p99 target). */
    static final int LIVE_EDGE_MS = 400;
    private static final int FPS = 25;
    private static final Duration READY_PATIENCE = Duration.ofSeconds(90);

    public record Settings(StackEndpoints stack, List<Integer> tileCounts, Duration warmup, Duration measure,
                           List<Integer> firstFrameGops, int firstFrameTrials, int width, int height, int bitrateKbps,
                           Path recorderJar, int recorderBasePort, Path chromium, Path chromedriver, Path workDir) {

        int latencyGop() {
            return firstFrameGops.get(0);
        }
    }

    /** One tile count's figures. */
    public record TilePhase(int tiles, Latencies.Summary latency, Latencies.Summary recorderToPresented,
                            Latencies.Summary cameraEncoding, Latencies.Summary captureToBrowser,
                            Latencies.Summary browserToPresented, Latencies.Summary bufferedAhead, int framesMeasured,
                            int expectedFrames, int unreadable, int missingByStamp, int late, int decodedByBrowser,
                            int droppedByBrowser, int stalls) {

        JsonObject toJson() {
            return Json.createObjectBuilder().add("tiles", tiles)
                    .add("captureToPresented", latency.toJson())
                    .add("recorderToPresented", recorderToPresented.toJson())
                    .add("cameraEncoding", cameraEncoding.toJson())
                    .add("captureToReceivedByBrowser", captureToBrowser.toJson())
                    .add("receivedByBrowserToPresented", browserToPresented.toJson())
                    .add("bufferedAheadOfPresentedFrame", bufferedAhead.toJson())
                    .add("framesMeasured", framesMeasured).add("framesExpected", expectedFrames)
                    .add("unreadableStamps", unreadable).add("framesNeverPresented", missingByStamp)
                    .add("framesLaterThan" + LIVE_EDGE_MS + "Ms", late)
                    .add("decodedByBrowser", decodedByBrowser).add("droppedByBrowser", droppedByBrowser)
                    .add("playbackStalls", stalls).build();
        }
    }

    /** B5 for one GOP length. */
    public record FirstFrames(int gopFrames, int trials, Latencies.Summary firstFrame, Latencies.Summary firstFrameAge,
                              Latencies.Summary liveFrame, int neverLive) {

        JsonObject toJson() {
            return Json.createObjectBuilder().add("gopFrames", gopFrames).add("gopSeconds", gopFrames / (double) FPS)
                    .add("trials", trials).add("clickToFirstFrame", firstFrame.toJson())
                    .add("ageOfFirstFrame", firstFrameAge.toJson())
                    .add("clickToFirstFrameAtMost" + LIVE_EDGE_MS + "MsOld", liveFrame.toJson())
                    .add("trialsNeverLive", neverLive).build();
        }
    }

    public record Result(Settings settings, Instant at, String browser, double loadBefore, double loadAfter,
                         List<TilePhase> phases, List<FirstFrames> firstFrames, Latencies.Summary ffmpegPeer) {

        public JsonObject toJson() {
            JsonArrayBuilder phaseArray = Json.createArrayBuilder();
            phases.forEach(phase -> phaseArray.add(phase.toJson()));
            JsonArrayBuilder firstArray = Json.createArrayBuilder();
            firstFrames.forEach(first -> firstArray.add(first.toJson()));
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("benchmark", "B4/B5 live latency and time to first frame, web client in headless Chromium")
                    .add("at", at.toString()).add("browser", browser)
                    .add("camera", Json.createObjectBuilder().add("size", settings.width() + "x" + settings.height())
                            .add("fps", FPS).add("bitrateKbps", settings.bitrateKbps())
                            .add("latencyGopFrames", settings.latencyGop())
                            .add("encoder", "ffmpeg libx264 ultrafast zerolatency, stamped, live"))
                    .add("warmupSeconds", settings.warmup().toSeconds())
                    .add("measureSeconds", settings.measure().toSeconds())
                    .add("loadAverageBefore", loadBefore).add("loadAverageAfter", loadAfter)
                    .add("targets", Json.createObjectBuilder().add("b4", "p50 <= 150 ms, p99 <= 400 ms")
                            .add("b5", "first frame <= 300 ms whatever the GOP"))
                    .add("latency", phaseArray).add("firstFrame", firstArray)
                    .add("peerFfmpegLowDelayRtspCaptureToDecoded", ffmpegPeer.toJson());
            return json.build();
        }

        public String table() {
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                    "B4 live latency (p50 / p95 / p99 / max ms; %s %dx%d %d fps %d kbit/s, GOP %d; load %.1f → %.1f)%n%n",
                    browser, settings.width(), settings.height(), FPS, settings.bitrateKbps(), settings.latencyGop(),
                    loadBefore, loadAfter));
            table.append("| tiles | capture → presented | recorder → presented | camera encoding | capture → in browser"
                    + " | in browser → presented | buffered ahead | frames measured / expected | never presented | > "
                    + LIVE_EDGE_MS + " ms | dropped by browser | stalls |\n");
            table.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (TilePhase phase : phases) {
                table.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %d / %d | %d | %d | %d | %d |%n",
                        phase.tiles(), phase.latency().describe(), phase.recorderToPresented().describe(),
                        phase.cameraEncoding().describe(), phase.captureToBrowser().describe(),
                        phase.browserToPresented().describe(), phase.bufferedAhead().describe(),
                        phase.framesMeasured(), phase.expectedFrames(),
                        phase.missingByStamp(), phase.late(), phase.droppedByBrowser(), phase.stalls()));
            }
            table.append(String.format(Locale.ROOT, "| peer: ffmpeg -fflags nobuffer -flags low_delay on the camera's RTSP,"
                    + " capture → decoded (no recorder, no browser, no display) | %s | | | | | | %d | | | | |%n",
                    ffmpegPeer.describe(), ffmpegPeer.count()));
            table.append("\nB5 time to first frame from the click (p50 / p95 / p99 / max ms)\n\n");
            table.append("| GOP | trials | first frame | its age | first frame ≤ " + LIVE_EDGE_MS + " ms old | never live |\n");
            table.append("|---|---|---|---|---|---|\n");
            for (FirstFrames first : firstFrames) {
                table.append(String.format(Locale.ROOT, "| %d frames (%.1f s) | %d | %s | %s | %s | %d |%n",
                        first.gopFrames(), first.gopFrames() / (double) FPS, first.trials(), first.firstFrame().describe(),
                        first.firstFrameAge().describe(), first.liveFrame().describe(), first.neverLive()));
            }
            return table.toString();
        }
    }

    private final Settings settings;

    public LiveLatencyBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        int maxTiles = settings.tileCounts().stream().mapToInt(Integer::intValue).max().orElse(1);
        ArgusApi admin = settings.stack().api("admin", "admin");
        List<CameraSimulator> simulators = new ArrayList<>();
        List<String> cameraIds = new ArrayList<>();
        try (RecorderFleet recorder = new RecorderFleet("bench-live-", RecorderFleet.media(settings.recorderJar()), settings.recorderJar(),
                settings.workDir(), 1, settings.recorderBasePort(), settings.stack().recorderEventPort())) {
            // one simulator (one shared stamped encoder) per GOP length; the first also serves the latency tiles
            Map<Integer, List<String>> camerasByGop = new LinkedHashMap<>();
            for (int gop : settings.firstFrameGops()) {
                int cameras = simulators.isEmpty() ? maxTiles : 1;
                CameraSimulator simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(cameras)
                        .size(settings.width(), settings.height()).fps(FPS).gop(gop).bitrateKbps(settings.bitrateKbps())
                        .stampFrames(true).build());
                simulators.add(simulator);
                camerasByGop.put(gop, simulator.cameraNames().stream()
                        .map(camera -> String.format("B4 %s GOP %d %s", camera, gop, run)).toList());
            }
            recorder.start(true);
            recorder.awaitOnline(admin, READY_PATIENCE);
            int simulatorIndex = 0;
            for (List<String> names : camerasByGop.values()) {
                CameraSimulator simulator = simulators.get(simulatorIndex++);
                for (int i = 0; i < names.size(); i++) {
                    cameraIds.add(createCamera(admin, names.get(i), simulator.url(simulator.cameraNames().get(i)),
                            recorder.recorderId(0)));
                }
            }
            awaitStreaming(recorder.controlPort(0), cameraIds.size());
            double loadBefore = MachineLoad.oneMinuteAverage();
            CameraSimulator latencySimulator = simulators.get(0);
            List<TilePhase> phases = new ArrayList<>();
            List<FirstFrames> firstFrames = new ArrayList<>();
            String browserVersion;
            try (WebClientBrowser browser = new WebClientBrowser(settings.chromium(), settings.chromedriver())) {
                browserVersion = browser.version();
                browser.signIn("http://" + settings.stack().host() + ":" + settings.stack().httpPort() + "/argus/",
                        "operator", "operator");
                List<String> latencyCameras = camerasByGop.get(settings.latencyGop());
                for (int tiles : settings.tileCounts()) {
                    phases.add(measureTiles(browser, latencySimulator, latencyCameras.subList(0, tiles)));
                }
                for (Map.Entry<Integer, List<String>> gop : camerasByGop.entrySet()) {
                    firstFrames.add(measureFirstFrames(browser, gop.getKey(), gop.getValue().get(0)));
                }
            }
            // the peer watches the first camera straight from the simulator, with the browser closed
            Latencies peer = FfmpegLiveViewer.watch(latencySimulator.url(latencySimulator.cameraNames().get(0)),
                    settings.width(), settings.height(), settings.measure(), settings.workDir().resolve("ffmpeg-peer.log"));
            return new Result(settings, Instant.now(), browserVersion, loadBefore, MachineLoad.oneMinuteAverage(),
                    phases, firstFrames, peer.summary());
        } finally {
            cameraIds.forEach(id -> admin.delete("/cameras/" + id));
            simulators.forEach(CameraSimulator::stop);
        }
    }

    private TilePhase measureTiles(WebClientBrowser browser, CameraSimulator simulator, List<String> cameras)
            throws InterruptedException {
        browser.emptyWall(cameras.size());
        browser.open(cameras);
        Thread.sleep(settings.warmup().toMillis()); // a measuring window, not a wait for a condition
        browser.script("return window.argusLatencyProbe.start();");
        simulator.drainStampedEncodeDelays();
        Thread.sleep(settings.measure().toMillis());
        Map<?, ?> probe = (Map<?, ?>) browser.script("return window.argusLatencyProbe.stop();");
        Map<Long, Long> encoding = simulator.drainStampedEncodeDelays();
        return summarise(cameras.size(), probe, encoding);
    }

    /** Turns the page's samples [tile, stamp, presentedAt, presentedFrames] into the phase's figures. */
    private TilePhase summarise(int tiles, Map<?, ?> probe, Map<Long, Long> encodingByStamp) {
        Latencies latency = new Latencies();
        Latencies recorderToPresented = new Latencies();
        Latencies encoding = new Latencies();
        Latencies captureToBrowser = new Latencies();
        Latencies browserToPresented = new Latencies();
        Latencies bufferedAhead = new Latencies();
        encodingByStamp.values().forEach(millis -> encoding.add(millis * 1_000_000));
        Map<Long, Long> lastStampByTile = new HashMap<>();
        int late = 0;
        int missing = 0;
        List<?> samples = (List<?>) probe.get("samples");
        for (Object value : samples) {
            List<?> sample = (List<?>) value;
            long tile = number(sample.get(0)).longValue();
            long stamp = number(sample.get(1)).longValue();
            double presentedAt = number(sample.get(2)).doubleValue();
            long nanos = Math.round((presentedAt - stamp) * 1e6);
            latency.add(nanos);
            Long encodingMillis = encodingByStamp.get(stamp);
            if (encodingMillis != null) {
                recorderToPresented.add(nanos - encodingMillis * 1_000_000);
            }
            double arrivedAt = number(sample.get(4)).doubleValue();
            if (arrivedAt > 0) {
                captureToBrowser.add(Math.round((arrivedAt - stamp) * 1e6));
                browserToPresented.add(Math.round((presentedAt - arrivedAt) * 1e6));
            }
            bufferedAhead.add(Math.round(number(sample.get(5)).doubleValue() * 1e6));
            if (presentedAt - stamp > LIVE_EDGE_MS) {
                late++;
            }
            Long previous = lastStampByTile.put(tile, stamp);
            if (previous != null && stamp > previous) {
                missing += (int) Math.max(0, Math.round((stamp - previous) * FPS / 1000.0) - 1);
            }
        }
        int decoded = 0;
        int dropped = 0;
        for (Object value : (List<?>) probe.get("quality")) {
            List<?> quality = (List<?>) value;
            decoded += number(quality.get(1)).intValue();
            dropped += number(quality.get(2)).intValue();
        }
        int expected = (int) (tiles * FPS * settings.measure().toMillis() / 1000);
        return new TilePhase(tiles, latency.summary(), recorderToPresented.summary(), encoding.summary(),
                captureToBrowser.summary(), browserToPresented.summary(), bufferedAhead.summary(), samples.size(),
                expected, number(probe.get("unreadable")).intValue(), missing, late, decoded, dropped,
                number(probe.get("stalls")).intValue());
    }

    private FirstFrames measureFirstFrames(WebClientBrowser browser, int gop, String camera) {
        Latencies first = new Latencies();
        Latencies age = new Latencies();
        Latencies live = new Latencies();
        int neverLive = 0;
        for (int trial = 0; trial < settings.firstFrameTrials(); trial++) {
            browser.emptyWall(1);
            Map<?, ?> result = (Map<?, ?>) browser.asyncScript(
                    "window.argusLatencyProbe.firstFrame(arguments[0], arguments[1], arguments[2], arguments[3]);",
                    camera, LIVE_EDGE_MS, 15_000);
            if (result.get("error") != null) {
                throw new IllegalStateException("B5 trial failed: " + result.get("error"));
            }
            addMillis(first, result.get("firstMs"));
            addMillis(age, result.get("firstAgeMs"));
            if (result.get("liveMs") == null) {
                neverLive++;
            } else {
                addMillis(live, result.get("liveMs"));
            }
        }
        return new FirstFrames(gop, settings.firstFrameTrials(), first.summary(), age.summary(), live.summary(),
                neverLive);
    }

    private static void addMillis(Latencies latencies, Object millis) {
        if (millis != null) {
            latencies.add(Math.round(number(millis).doubleValue() * 1e6));
        }
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static String createCamera(ArgusApi admin, String name, String streamUrl, String recorderId) {
        JsonObject body = Json.createObjectBuilder().add("name", name).add("streamUrl", streamUrl)
                .add("recorderId", recorderId).build();
        ArgusApi.Reply reply = admin.expect(201, admin.postJson("/cameras", body), "POST /cameras " + name);
        return ((JsonObject) reply.json()).getString("id");
    }

    /** Waits until the recorder reports every camera streaming from the simulator. */
    private static void awaitStreaming(int controlPort, int cameras) throws Exception {
        long deadline = System.nanoTime() + READY_PATIENCE.toNanos();
        RecorderStatus status = null;
        while (System.nanoTime() < deadline) {
            try (RecorderCommandClient control = new RecorderCommandClient(controlPort)) {
                status = control.status();
                if (status.cameras().stream().filter(camera -> "STREAMING".equals(camera.state())).count() >= cameras) {
                    return;
                }
            } catch (IOException notYet) {
                // the recorder is still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the recorder does not stream every camera: " + status);
    }
}
