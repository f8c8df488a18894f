package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * B3 of the brief: {@code kill -9} of a recorder recording N real RTSP streams, several times. Per stream, the video
 * lost is the frames the recorder had received just before the kill less the frames playable in its files after a
 * restart (startup recovery) — in seconds at the stream's frame rate. Every file is then read back with ffprobe and the
 * storage checked with {@code recorder-native check}: an unreadable segment or a failed check is reported as such.
 */
public final class CrashRecoveryBenchmark {

    public record Settings(int cameras, int runs, Duration minRecording, Duration maxRecording, int width, int height,
                           int fps, int bitrateKbps, Path recorderJar, Path workDir, long seed) {
    }

    /** One kill: seconds lost per camera, unreadable files, and the check's exit code. */
    public record Run(Duration recorded, List<Double> secondsLost, int files, int unreadableFiles, int checkExitCode) {

        JsonObject toJson() {
            JsonArrayBuilder lost = Json.createArrayBuilder();
            secondsLost.forEach(seconds -> lost.add(RecordingCpuBenchmark.round(seconds)));
            return Json.createObjectBuilder().add("recordedSeconds", recorded.toMillis() / 1000.0)
                    .add("secondsLostPerStream", lost).add("files", files).add("unreadableFiles", unreadableFiles)
                    .add("checkExitCode", checkExitCode).build();
        }
    }

    public record Result(Settings settings, Instant at, List<Run> runs) {

        double maxSecondsLost() {
            return runs.stream().flatMap(run -> run.secondsLost().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        }

        double meanSecondsLost() {
            return runs.stream().flatMap(run -> run.secondsLost().stream()).mapToDouble(Double::doubleValue).average().orElse(0);
        }

        int unreadableFiles() {
            return runs.stream().mapToInt(Run::unreadableFiles).sum();
        }

        long failedChecks() {
            return runs.stream().filter(run -> run.checkExitCode() != 0).count();
        }

        public JsonObject toJson() {
            JsonArrayBuilder each = Json.createArrayBuilder();
            runs.forEach(run -> each.add(run.toJson()));
            return Json.createObjectBuilder()
                    .add("benchmark", "B3 video lost per stream after kill -9 of the recorder")
                    .add("at", at.toString()).add("cameras", settings.cameras())
                    .add("size", settings.width() + "x" + settings.height()).add("fps", settings.fps())
                    .add("bitrateKbps", settings.bitrateKbps())
                    .add("maxSecondsLostPerStream", RecordingCpuBenchmark.round(maxSecondsLost()))
                    .add("meanSecondsLostPerStream", RecordingCpuBenchmark.round(meanSecondsLost()))
                    .add("unreadableFiles", unreadableFiles()).add("failedChecks", failedChecks())
                    .add("runs", each).add("target", "<= 1 s lost per stream, no unreadable segment").build();
        }

        public String table() {
            return String.join("\n",
                    "| B3: kill -9 while recording " + settings.cameras() + " × " + settings.width() + "x" + settings.height()
                            + " " + settings.bitrateKbps() + " kbit/s, " + runs.size()
                            + " runs | lost per stream, mean / max s (target ≤ 1) | unreadable files | failed checks |",
                    "|---|---|---|---|",
                    "| Argus recorder | " + RecordingCpuBenchmark.round(meanSecondsLost()) + " / "
                            + RecordingCpuBenchmark.round(maxSecondsLost()) + " | " + unreadableFiles() + " of "
                            + runs.stream().mapToInt(Run::files).sum() + " | " + failedChecks() + " |");
        }
    }

    private final Settings settings;

    public CrashRecoveryBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run() throws Exception {
        Random random = new Random(settings.seed());
        List<Run> runs = new ArrayList<>();
        try (CameraSimulator simulator = CameraSimulator.start(SimulatorConfig.builder().port(0)
                .cameras(settings.cameras()).size(settings.width(), settings.height()).fps(settings.fps())
                .gop(settings.fps()).bitrateKbps(settings.bitrateKbps()).build())) {
            List<CameraConfiguration> cameras = new ArrayList<>();
            for (int i = 1; i <= settings.cameras(); i++) {
                cameras.add(new CameraConfiguration("crash-cam" + i, "Crash " + i, URI.create(simulator.url("cam" + i)),
                        null, null, RecordingMode.ALWAYS, true));
            }
            for (int i = 0; i < settings.runs(); i++) {
                long spread = settings.maxRecording().minus(settings.minRecording()).toMillis();
                Duration recording = settings.minRecording().plusMillis((long) (random.nextDouble() * spread));
                runs.add(killOnce(settings.workDir().resolve("run-" + (i + 1)), cameras, recording));
            }
        }
        return new Result(settings, Instant.now(), runs);
    }

    private Run killOnce(Path storage, List<CameraConfiguration> cameras, Duration recording) throws Exception {
        ArchiveBuilder.deleteTree(storage);
        Files.createDirectories(storage);
        int controlPort = StandaloneRecorder.freePort();
        Process recorder = start(storage, controlPort, "recorder.log");
        Map<String, Long> framesReceived = new HashMap<>();
        long killedAt;
        try {
            StandaloneRecorder.applyAndAwaitStreaming(recorder::isAlive, controlPort, cameras);
            Thread.sleep(recording.toMillis());
            try (RecorderCommandClient control = new RecorderCommandClient(controlPort)) {
                for (CameraStatus camera : control.status().cameras()) {
                    framesReceived.put(camera.cameraId(), camera.framesReceived());
                }
                killedAt = System.currentTimeMillis();
                recorder.destroyForcibly(); // SIGKILL: no shutdown hook, no last fragment, no index record
            }
            recorder.waitFor(10, TimeUnit.SECONDS);
        } finally {
            recorder.destroyForcibly();
        }
        // restart: startup recovery repairs the storage; the cameras record again, then a clean stop
        int restartPort = StandaloneRecorder.freePort();
        Process restarted = start(storage, restartPort, "restart.log");
        ChildProcesses.awaitPort(restarted, restartPort, "restarted recorder");
        ChildProcesses.stop(restarted, 30);
        int checkExitCode = StandaloneRecorder.check(settings.recorderJar(), storage,
                storage.resolveSibling(storage.getFileName() + "-check.log"));
        Path log = storage.resolveSibling(storage.getFileName() + "-ffprobe.log");
        List<Double> secondsLost = new ArrayList<>();
        int files = 0;
        int unreadable = 0;
        for (CameraConfiguration camera : cameras) {
            long framesOnDisk = 0;
            for (Path file : ArchiveBuilder.mp4Files(storage.resolve(camera.cameraId()))) {
                if (startOf(file) >= killedAt) {
                    continue; // recorded after the restart
                }
                files++;
                try {
                    framesOnDisk += FfmpegRun.payload(file, log).samples();
                } catch (IOException unreadableFile) {
                    unreadable++;
                }
            }
            secondsLost.add((framesReceived.getOrDefault(camera.cameraId(), 0L) - framesOnDisk) / (double) settings.fps());
        }
        return new Run(recording, secondsLost, files, unreadable, checkExitCode);
    }

    private Process start(Path storage, int controlPort, String logName) throws IOException {
        return new ProcessBuilder(StandaloneRecorder.commandLine(settings.recorderJar(), "bench-b3", storage,
                controlPort)).redirectErrorStream(true)
                .redirectOutput(storage.resolveSibling(storage.getFileName() + "-" + logName).toFile()).start();
    }

    private static long startOf(Path segment) {
        return Long.parseLong(segment.getFileName().toString().replace(".mp4", ""));
    }
}
