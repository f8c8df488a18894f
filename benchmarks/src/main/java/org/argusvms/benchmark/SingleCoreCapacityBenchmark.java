package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * B1 of the brief: the most 1080p 4 Mbit/s streams one recorder records on one core without losing a frame. The
 * recorder runs pinned to one core ({@code taskset -c}); the number of simulated cameras goes up step by step until
 * a step loses frames. A step is lossless when the recorder received every frame the cameras sent in the measured
 * window (one frame per camera of slack for the window's edges) and its segments, read back, show no gap and no
 * interruption ({@link RecordedContinuity}).
 */
public final class SingleCoreCapacityBenchmark {

    /** Short segments, so that whole segments fall inside the measured window. */
    private static final int SEGMENT_SECONDS = 10;

    /** What to run. */
    public record Settings(List<Integer> steps, Duration measure, Duration warmup, int width, int height, int fps,
                           int bitrateKbps, String ingest, int core, Path recorderJar, Path workDir) {
    }

    /** One number of streams: what was sent, received and recorded, and what it cost. */
    public record Step(int streams, long framesSent, long framesReceived, long framesMissingInSegments,
                       int interruptions, double recorderCpuPercent, double loadAverage) {

        public boolean lossless() {
            return framesReceived >= framesSent - streams && framesMissingInSegments == 0 && interruptions == 0;
        }

        JsonObject toJson() {
            return Json.createObjectBuilder().add("streams", streams).add("framesSent", framesSent)
                    .add("framesReceived", framesReceived).add("framesMissingInSegments", framesMissingInSegments)
                    .add("interruptions", interruptions)
                    .add("recorderCpuPercentOfOneCore", RecordingCpuBenchmark.round(recorderCpuPercent))
                    .add("loadAverage", loadAverage).add("lossless", lossless()).build();
        }
    }

    /** Every step run, and the largest lossless number of streams (0 if none was). */
    public record Result(Settings settings, Instant at, List<Step> steps) {

        public int largestLossless() {
            return steps.stream().filter(Step::lossless).mapToInt(Step::streams).max().orElse(0);
        }

        public JsonObject toJson() {
            JsonArrayBuilder stepsJson = Json.createArrayBuilder();
            steps.forEach(step -> stepsJson.add(step.toJson()));
            return Json.createObjectBuilder()
                    .add("benchmark", "B1 streams recorded without loss by a recorder on one core")
                    .add("at", at.toString()).add("size", settings.width() + "x" + settings.height())
                    .add("fps", settings.fps()).add("bitrateKbps", settings.bitrateKbps())
                    .add("ingest", settings.ingest()).add("core", settings.core())
                    .add("measureSeconds", settings.measure().toSeconds())
                    .add("warmupSeconds", settings.warmup().toSeconds())
                    .add("steps", stepsJson).add("largestLosslessStreams", largestLossless())
                    .add("target", ">= 64").build();
        }

        public String table() {
            return "| B1: " + settings.width() + "x" + settings.height() + "@" + settings.fps() + " "
                    + settings.bitrateKbps() + " kbit/s, " + settings.ingest() + " ingest, core " + settings.core()
                    + ", " + settings.measure().toSeconds() + " s | frames received / sent | missing in segments"
                    + " | interruptions | recorder % of one core | load average | lossless |\n"
                    + "|---|---|---|---|---|---|---|\n"
                    + steps.stream().map(step -> "| " + step.streams() + " streams | " + step.framesReceived()
                            + " / " + step.framesSent() + " | " + step.framesMissingInSegments() + " | "
                            + step.interruptions() + " | " + RecordingCpuBenchmark.round(step.recorderCpuPercent())
                            + " | " + step.loadAverage() + " | " + (step.lossless() ? "yes" : "no") + " |")
                    .collect(Collectors.joining("\n"))
                    + "\n| largest lossless (target ≥ 64) | " + largestLossless() + " | | | | | |";
        }
    }

    private final Settings settings;

    public SingleCoreCapacityBenchmark(Settings settings) {
        this.settings = settings;
    }

    /** Runs the steps in order and stops after the first that loses frames. */
    public Result run() throws Exception {
        Files.createDirectories(settings.workDir());
        List<Step> steps = new ArrayList<>();
        for (int streams : settings.steps()) {
            Step step = measure(streams);
            steps.add(step);
            System.out.println("B1 " + step.toJson());
            if (!step.lossless()) {
                break;
            }
        }
        return new Result(settings, Instant.now(), steps);
    }

    private Step measure(int streams) throws Exception {
        List<CameraSimulator> simulators = new ArrayList<>();
        try {
            List<CameraConfiguration> cameras = new ArrayList<>();
            for (int first = 0; first < streams; first += SimulatorConfig.MAX_CAMERAS) {
                int count = Math.min(SimulatorConfig.MAX_CAMERAS, streams - first);
                CameraSimulator simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(count)
                        .size(settings.width(), settings.height()).fps(settings.fps()).gop(settings.fps())
                        .bitrateKbps(settings.bitrateKbps()).build());
                simulators.add(simulator);
                for (int i = 1; i <= count; i++) {
                    String id = "b1-cam" + (first + i);
                    cameras.add(new CameraConfiguration(id, id, URI.create(simulator.url("cam" + i)), null, null,
                            RecordingMode.ALWAYS, true));
                }
            }
            return measure(cameras);
        } finally {
            simulators.forEach(CameraSimulator::close);
        }
    }

    private Step measure(List<CameraConfiguration> cameras) throws Exception {
        int streams = cameras.size();
        Path storage = settings.workDir().resolve(streams + "-streams");
        int controlPort = StandaloneRecorder.freePort();
        List<String> command = new ArrayList<>(List.of("taskset", "-c", Integer.toString(settings.core())));
        command.addAll(StandaloneRecorder.commandLine(settings.recorderJar(), "b1", storage, controlPort));
        command.addAll(List.of("--ingest", settings.ingest(), "--segment-seconds", Integer.toString(SEGMENT_SECONDS)));
        Process recorder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(settings.workDir().resolve("recorder-" + streams + ".log").toFile()).start();
        try {
            StandaloneRecorder.applyAndAwaitStreaming(recorder::isAlive, controlPort, cameras);
            Thread.sleep(settings.warmup().toMillis());
            try (RecorderCommandClient control = new RecorderCommandClient(controlPort)) {
                long before = framesReceived(control);
                long fromMillis = System.currentTimeMillis();
                CpuSample cpu = CpuSample.begin(List.of(recorder));
                long start = System.nanoTime();
                Thread.sleep(settings.measure().toMillis());
                double[] percent = cpu.endPercentOfOneCore();
                long sent = Math.round((System.nanoTime() - start) / 1e9 * settings.fps()) * streams;
                long received = framesReceived(control) - before;
                double load = MachineLoad.oneMinuteAverage();
                ChildProcesses.stop(recorder, 30); // finishes the segments before they are read back
                long missing = 0;
                int interruptions = 0;
                for (CameraConfiguration camera : cameras) {
                    RecordedContinuity.Camera recorded = RecordedContinuity.read(storage.resolve(camera.cameraId()),
                            camera.cameraId(), fromMillis, settings.fps());
                    missing += recorded.framesMissing();
                    interruptions += recorded.interruptions();
                }
                ArchiveBuilder.deleteTree(storage); // GBs per step; the figures are taken
                return new Step(streams, sent, received, missing, interruptions, percent[0] + percent[1], load);
            }
        } finally {
            ChildProcesses.stop(recorder, 30);
        }
    }

    private static long framesReceived(RecorderCommandClient control) throws Exception {
        return control.status().cameras().stream().mapToLong(CameraStatus::framesReceived).sum();
    }
}
