package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.argusvms.recorder.mp4.Fmp4Scanner;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.argusvms.simulator.clip.ClipSpec;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * B10 of the brief: retention deleting 24 h × 16 cameras while the recorder records those 16 cameras live. The old
 * archive (segments, index and hourly motion grids in the recorder's format, {@link FleetArchive}) ends an hour before
 * the run; the recorder records the cameras from the simulator into the same storage, one hour of one camera is put
 * under an evidence lock, and then every camera gets a retention of one hour, which expires the whole old archive.
 * Measured: how long the deletion takes, the recorder's CPU and the longest pause in any recording file's growth
 * before, during and after it, and afterwards every live frame: the recorded segments are read back and every gap in
 * their timestamps counted as lost frames ({@link RecordedContinuity}), beside the recorder's own drop counters. Then
 * {@code recorder-native check} must find the index and the files in agreement, the locked hour must be whole and only
 * its grid file may be left.
 */
public final class RetentionBenchmark {

    private static final String LOCK_ID = "b10-evidence";
    private static final int RETENTION_HOURS = 1;
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration COUNT_EVERY = Duration.ofSeconds(1);

    /**
     * @param archive     length of the old archive of each camera
     * @param archiveClip what the old archive holds (a small clip: 24 h × 16 cameras must fit on the disk)
     * @param baseline    recording before retention is switched on (CPU and write pauses without deletion)
     * @param after       recording after the deletion finished
     */
    public record Settings(int cameras, Duration archive, ClipSpec archiveClip, int width, int height, int fps,
                           int bitrateKbps, Duration baseline, Duration after, Duration deletionTimeout,
                           Path recorderJar, Path workDir) {
    }

    /** CPU of the recorder (% of one core) and the longest recording-file pause in one phase of the run. */
    public record Phase(String name, double seconds, double userPercent, double systemPercent, double maxWritePauseMillis) {

        JsonObject toJson() {
            return Json.createObjectBuilder().add("phase", name).add("seconds", RecordingCpuBenchmark.round(seconds))
                    .add("recorderCpuUserPercent", RecordingCpuBenchmark.round(userPercent))
                    .add("recorderCpuSystemPercent", RecordingCpuBenchmark.round(systemPercent))
                    .add("maxWritePauseMillis", RecordingCpuBenchmark.round(maxWritePauseMillis)).build();
        }
    }

    /** Seconds from setting retention to the first deletion seen, and from there until only evidence was left. */
    private record Timing(double startSeconds, double seconds, boolean complete) {
    }

    /** The old archive and how the deletion of it went. */
    public record Deletion(FleetArchive.Written archive, int lockedSegments, int lockedGridFiles, double startSeconds,
                           double seconds, boolean complete, int segmentsLeft, int gridFilesLeft,
                           int lockedSegmentsLeft) {

        JsonObject toJson() {
            return Json.createObjectBuilder().add("archiveSegments", archive.segments())
                    .add("archiveGridFiles", archive.gridFiles()).add("archiveBytes", archive.bytes())
                    .add("archiveWriteSeconds", Json.createObjectBuilder()
                            .add("firstCamera", RecordingCpuBenchmark.round(archive.firstCameraSeconds()))
                            .add("copies", RecordingCpuBenchmark.round(archive.copySeconds()))
                            .add("grids", RecordingCpuBenchmark.round(archive.gridSeconds()))
                            .add("index", RecordingCpuBenchmark.round(archive.indexSeconds())))
                    .add("lockedSegments", lockedSegments).add("lockedGridFiles", lockedGridFiles)
                    .add("secondsUntilFirstDeletion", RecordingCpuBenchmark.round(startSeconds))
                    .add("deletionSeconds", RecordingCpuBenchmark.round(seconds)).add("complete", complete)
                    .add("segmentsDeletedPerSecond", RecordingCpuBenchmark.round(
                            (archive.segments() - segmentsLeft) / Math.max(seconds, 0.001)))
                    .add("archiveSegmentsLeft", segmentsLeft).add("gridFilesLeft", gridFilesLeft)
                    .add("lockedSegmentsLeft", lockedSegmentsLeft).build();
        }
    }

    /** The recorder's own counters of one camera: frames received, dropped by a full writer queue, discarded by ingest. */
    public record Counters(long framesReceived, long framesDropped, long framesDiscarded) {
    }

    public record Result(Settings settings, Instant at, double loadAverageBefore, double loadAverageAfter,
                         Deletion deletion, List<Phase> phases, List<RecordedContinuity.Camera> recorded,
                         Map<String, Counters> counters, int checkExitCode) {

        public long lostFrames() {
            return recorded.stream().mapToLong(RecordedContinuity.Camera::framesMissing).sum()
                    + Math.round(recorded.stream().mapToLong(RecordedContinuity.Camera::interruptedMillis).sum()
                    * settings.fps() / 1000.0);
        }

        public long framesWritten() {
            return recorded.stream().mapToLong(RecordedContinuity.Camera::frames).sum();
        }

        long counted(ToLongFunction<Counters> counter) {
            return counters.values().stream().mapToLong(counter).sum();
        }

        public JsonObject toJson() {
            JsonArrayBuilder phaseArray = Json.createArrayBuilder();
            phases.forEach(phase -> phaseArray.add(phase.toJson()));
            JsonArrayBuilder cameras = Json.createArrayBuilder();
            recorded.forEach(camera -> {
                Counters own = counters.getOrDefault(camera.cameraId(), new Counters(-1, -1, -1));
                cameras.add(Json.createObjectBuilder(camera.toJson()).add("framesReceived", own.framesReceived())
                        .add("framesDroppedByRecorder", own.framesDropped())
                        .add("framesDiscardedByIngest", own.framesDiscarded()));
            });
            return Json.createObjectBuilder()
                    .add("benchmark", "B10 retention deleting the old archive while recording")
                    .add("at", at.toString()).add("cameras", settings.cameras())
                    .add("archiveHours", settings.archive().toMinutes() / 60.0)
                    .add("archiveClip", settings.archiveClip().cacheFileName())
                    .add("live", settings.width() + "x" + settings.height() + "@" + settings.fps() + " "
                            + settings.bitrateKbps() + " kbit/s RTSP")
                    .add("loadAverage1mBefore", loadAverageBefore).add("loadAverage1mAfter", loadAverageAfter)
                    .add("deletion", deletion.toJson()).add("phases", phaseArray)
                    .add("framesWritten", framesWritten()).add("lostFrames", lostFrames())
                    .add("framesDroppedByRecorder", counted(Counters::framesDropped))
                    .add("framesDiscardedByIngest", counted(Counters::framesDiscarded))
                    .add("checkExitCode", checkExitCode).add("perCamera", cameras)
                    .add("target", "0 lost frames").build();
        }

        public String table() {
            List<String> lines = new ArrayList<>(List.of(
                    "| B10: retention deletes " + settings.archive().toHours() + " h × " + settings.cameras()
                            + " cameras (" + deletion.archive().segments() + " segments, "
                            + deletion.archive().gridFiles() + " grid files) while recording " + settings.cameras()
                            + " × " + settings.width() + "x" + settings.height() + " " + settings.bitrateKbps()
                            + " kbit/s | value |",
                    "|---|---|",
                    "| lost frames (timestamp gaps in " + framesWritten() + " frames read back; target 0) | "
                            + lostFrames() + " |",
                    "| frames dropped by the recorder's writer queues / discarded by ingest | "
                            + counted(Counters::framesDropped) + " / " + counted(Counters::framesDiscarded) + " |",
                    "| deletion: retention set → first file gone / → archive gone, s | "
                            + RecordingCpuBenchmark.round(deletion.startSeconds()) + " / "
                            + RecordingCpuBenchmark.round(deletion.startSeconds() + deletion.seconds())
                            + (deletion.complete() ? "" : " (incomplete)") + " |",
                    "| left: archive segments (locked " + deletion.lockedSegments() + ") / grid files (locked "
                            + deletion.lockedGridFiles() + ") / locked segments intact | " + deletion.segmentsLeft()
                            + " / " + deletion.gridFilesLeft() + " / " + deletion.lockedSegmentsLeft() + " |",
                    "| `recorder-native check` exit code | " + checkExitCode + " |"));
            for (Phase phase : phases) {
                lines.add("| " + phase.name() + ": recorder CPU user / system % of one core, longest write pause ms | "
                        + RecordingCpuBenchmark.round(phase.userPercent()) + " / "
                        + RecordingCpuBenchmark.round(phase.systemPercent()) + ", "
                        + RecordingCpuBenchmark.round(phase.maxWritePauseMillis()) + " |");
            }
            lines.add("| load average (1 min) before / after | " + loadAverageBefore + " / " + loadAverageAfter + " |");
            return String.join("\n", lines);
        }
    }

    private final Settings settings;
    private final List<String> cameraIds = new ArrayList<>();

    public RetentionBenchmark(Settings settings) {
        this.settings = settings;
        for (int i = 1; i <= settings.cameras(); i++) {
            cameraIds.add(String.format("b10-cam%02d", i));
        }
    }

    public Result run() throws Exception {
        double loadBefore = MachineLoad.oneMinuteAverage();
        ArchiveBuilder.deleteTree(settings.workDir());
        Path storage = Files.createDirectories(settings.workDir()).resolve("storage");
        Instant archiveEnd = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(RETENTION_HOURS));
        Instant archiveFrom = archiveEnd.minus(settings.archive());
        Duration quarter = settings.archive().dividedBy(4);
        Instant lockFrom = archiveFrom.plus(quarter).truncatedTo(ChronoUnit.MINUTES);
        Instant lockTo = lockFrom.plus(quarter.compareTo(Duration.ofHours(1)) < 0 ? quarter : Duration.ofHours(1));
        String lockedCamera = cameraIds.get(0);

        FleetArchive.Written archive = FleetArchive.write(storage, cameraIds, ClipFrames.of(settings.archiveClip()),
                archiveFrom, settings.archive());
        int lockedSegments = segmentsOverlapping(storage.resolve(lockedCamera), lockFrom, lockTo);
        // one grid file per hour of archive: those of the hours the lock touches stay
        int lockedGridFiles = (int) Duration.between(lockFrom.truncatedTo(ChronoUnit.HOURS),
                lockTo.minusMillis(1).truncatedTo(ChronoUnit.HOURS)).toHours() + 1;

        List<Phase> phases = new ArrayList<>();
        Map<String, Counters> counters = new HashMap<>();
        Timing timing;
        try (CameraSimulator simulator = CameraSimulator.start(SimulatorConfig.builder().port(0)
                .cameras(settings.cameras()).size(settings.width(), settings.height()).fps(settings.fps())
                .gop(settings.fps()).bitrateKbps(settings.bitrateKbps()).build())) {
            int controlPort = StandaloneRecorder.freePort();
            int mediaPort = StandaloneRecorder.freePort();
            Process recorder = new ProcessBuilder(StandaloneRecorder.commandLine(settings.recorderJar(), "bench-b10",
                    storage, controlPort, mediaPort)).redirectErrorStream(true)
                    .redirectOutput(settings.workDir().resolve("recorder.log").toFile()).start();
            try {
                long liveFrom = System.currentTimeMillis();
                StandaloneRecorder.applyAndAwaitStreaming(recorder::isAlive, controlPort, cameras(simulator, null));
                WriteStallProbe writes = new WriteStallProbe(storage, cameraIds, liveFrom);
                try (RecorderCommandClient control = new RecorderCommandClient(controlPort)) {
                    control.lockRange(LOCK_ID, lockedCamera, lockFrom, lockTo);
                    phases.add(observe("recording, before retention", recorder, writes, settings.baseline()));

                    CpuSample cpu = CpuSample.begin(List.of(recorder));
                    long retentionSet = System.nanoTime();
                    for (CameraConfiguration camera : cameras(simulator, RETENTION_HOURS)) {
                        control.apply(camera);
                    }
                    timing = awaitDeletion(storage, archiveEnd, lockedSegments, lockedGridFiles, writes,
                            retentionSet);
                    double[] percent = cpu.endPercentOfOneCore();
                    phases.add(new Phase("recording while retention deletes", (System.nanoTime() - retentionSet) / 1e9,
                            percent[0], percent[1], writes.takeMaxPauseMillis()));

                    phases.add(observe("recording, after the deletion", recorder, writes, settings.after()));
                    for (CameraStatus camera : control.status().cameras()) {
                        counters.put(camera.cameraId(), new Counters(camera.framesReceived(), 0, 0));
                    }
                }
                addHealthCounters(mediaPort, counters);
                ChildProcesses.stop(recorder, 60);
            } finally {
                recorder.destroyForcibly();
            }
        }
        int checkExitCode = StandaloneRecorder.check(settings.recorderJar(), storage,
                settings.workDir().resolve("check.log"));
        List<RecordedContinuity.Camera> recorded = new ArrayList<>();
        for (String cameraId : cameraIds) {
            recorded.add(RecordedContinuity.read(storage.resolve(cameraId), cameraId, archiveEnd.toEpochMilli(),
                    settings.fps()));
        }
        Deletion deletion = new Deletion(archive, lockedSegments, lockedGridFiles, timing.startSeconds(),
                timing.seconds(), timing.complete(), FleetArchive.segmentsBefore(storage, cameraIds, archiveEnd),
                FleetArchive.gridFiles(storage, cameraIds),
                segmentsOverlapping(storage.resolve(lockedCamera), lockFrom, lockTo));
        return new Result(settings, Instant.now(), loadBefore, MachineLoad.oneMinuteAverage(), deletion, phases,
                recorded, counters, checkExitCode);
    }

    private List<CameraConfiguration> cameras(CameraSimulator simulator, Integer retentionHours) {
        List<CameraConfiguration> cameras = new ArrayList<>();
        for (int i = 0; i < cameraIds.size(); i++) {
            cameras.add(new CameraConfiguration(cameraIds.get(i), "B10 " + (i + 1),
                    URI.create(simulator.url("cam" + (i + 1))), null, null, RecordingMode.ALWAYS, true, retentionHours,
                    null));
        }
        return cameras;
    }

    /** Records for {@code length} while watching the files grow. */
    private static Phase observe(String name, Process recorder, WriteStallProbe writes, Duration length)
            throws Exception {
        writes.takeMaxPauseMillis();
        CpuSample cpu = CpuSample.begin(List.of(recorder));
        long start = System.nanoTime();
        long end = start + length.toNanos();
        while (System.nanoTime() < end) {
            writes.poll();
            Thread.sleep(POLL.toMillis());
        }
        double[] percent = cpu.endPercentOfOneCore();
        return new Phase(name, (System.nanoTime() - start) / 1e9, percent[0], percent[1], writes.takeMaxPauseMillis());
    }

    /** Polls until only the locked segments and grid files of the old archive are left (or the timeout passes). */
    private Timing awaitDeletion(Path storage, Instant archiveEnd, int lockedSegments, int lockedGridFiles,
                                   WriteStallProbe writes, long since) throws Exception {
        int initial = FleetArchive.segmentsBefore(storage, cameraIds, archiveEnd);
        long firstDeletion = -1;
        long lastCount = 0;
        long deadline = since + settings.deletionTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            writes.poll();
            long now = System.nanoTime();
            if (now - lastCount >= COUNT_EVERY.toNanos() || firstDeletion < 0) {
                lastCount = now;
                int segments = FleetArchive.segmentsBefore(storage, cameraIds, archiveEnd);
                if (firstDeletion < 0 && segments < initial) {
                    firstDeletion = now;
                }
                if (segments <= lockedSegments && FleetArchive.gridFiles(storage, cameraIds) <= lockedGridFiles) {
                    return new Timing((firstDeletion - since) / 1e9, (now - firstDeletion) / 1e9, true);
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        long now = System.nanoTime();
        return firstDeletion < 0 ? new Timing(-1, -1, false)
                : new Timing((firstDeletion - since) / 1e9, (now - firstDeletion) / 1e9, false);
    }

    /** Segment files of the camera whose recorded span overlaps {@code [from, to)}. */
    private static int segmentsOverlapping(Path cameraDirectory, Instant from, Instant to) throws IOException {
        int count = 0;
        for (Path file : ArchiveBuilder.mp4Files(cameraDirectory)) {
            long start = FleetArchive.startOf(file);
            if (start >= to.toEpochMilli() || start < from.minus(Duration.ofHours(1)).toEpochMilli()) {
                continue;
            }
            Fmp4Scanner.Layout layout = Fmp4Scanner.scan(file);
            if (start + layout.durationTicks() * 1000 / layout.timescale() > from.toEpochMilli()) {
                count++;
            }
        }
        return count;
    }

    /** The recorder's drop counters of every camera, from its {@code /health} document. */
    private static void addHealthCounters(int mediaPort, Map<String, Counters> counters) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + mediaPort + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            for (JsonValue value : reader.readObject().getJsonArray("cameras")) {
                JsonObject camera = value.asJsonObject();
                counters.merge(camera.getString("cameraId"), new Counters(camera.getJsonNumber("framesReceived")
                                .longValue(), camera.getJsonNumber("framesDropped").longValue(),
                                camera.getJsonNumber("framesDiscarded").longValue()),
                        (fromStatus, fromHealth) -> new Counters(fromStatus.framesReceived(), fromHealth.framesDropped(),
                                fromHealth.framesDiscarded()));
            }
        }
    }
}
