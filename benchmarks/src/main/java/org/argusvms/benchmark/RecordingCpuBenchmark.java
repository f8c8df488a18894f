package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.RecorderStatus;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * B2 of the brief: CPU per recorded stream of the Argus recorder against the ffmpeg peer
 * ({@code ffmpeg -rtsp_transport tcp -i URL -c copy -f segment}, how Frigate, Shinobi and ZoneMinder record), in the
 * same run, on the same simulated cameras. The recorder is measured once per ingest path ({@code --ingest java},
 * {@code --ingest gstreamer}), one after the other. All are measured in steady state after a warm-up (process start
 * excluded), from /proc CPU times of the recording processes only.
 */
public final class RecordingCpuBenchmark {

    /** What to run; {@code ingests} are the recorder's {@code --ingest} values to measure, in this order. */
    public record Settings(int cameras, Duration measure, Duration warmup, int width, int height, int fps,
                           int bitrateKbps, Path recorderJar, Path workDir, List<String> ingests) {
    }

    /** CPU of one subject over the measured window, and how many frames it took in against how many were sent. */
    public record Measurement(String subject, int streams, double userPercent, double systemPercent,
                              long framesExpected, long framesRecorded) {

        public double totalPercent() {
            return userPercent + systemPercent;
        }

        public double percentPerStream() {
            return totalPercent() / streams;
        }

        JsonObject toJson() {
            return Json.createObjectBuilder().add("subject", subject).add("streams", streams)
                    .add("cpuUserPercentOfOneCore", round(userPercent)).add("cpuSystemPercentOfOneCore", round(systemPercent))
                    .add("cpuPercentPerStream", round(percentPerStream()))
                    .add("framesExpected", framesExpected).add("framesRecorded", framesRecorded).build();
        }
    }

    /**
     * The recorder's measurements (one per ingest), ffmpeg's, the ratios the brief's target (≤ 0.5) is about, and
     * the machine's one-minute load average before and after.
     */
    public record Result(Settings settings, Instant at, List<Measurement> recorders, Measurement ffmpeg,
                         double loadBefore, double loadAfter, List<String> recorderJvmOptions) {

        /** The first ingest's measurement (the recorder's default). */
        public Measurement argus() {
            return recorders.get(0);
        }

        public double ratioToFfmpeg() {
            return ratioToFfmpeg(argus());
        }

        double ratioToFfmpeg(Measurement recorder) {
            return recorder.percentPerStream() / ffmpeg.percentPerStream();
        }

        public JsonObject toJson() {
            return Json.createObjectBuilder()
                    .add("benchmark", "B2 recorder CPU per stream vs ffmpeg -c copy -f segment")
                    .add("at", at.toString())
                    .add("cameras", settings.cameras()).add("size", settings.width() + "x" + settings.height())
                    .add("fps", settings.fps()).add("bitrateKbps", settings.bitrateKbps())
                    .add("measureSeconds", settings.measure().toSeconds()).add("warmupSeconds", settings.warmup().toSeconds())
                    .add("argus", argus().toJson()).add("ffmpeg", ffmpeg.toJson())
                    .add("ratioArgusToFfmpeg", round(ratioToFfmpeg())).add("target", "<= 0.5")
                    .add("recorders", recordersJson())
                    .add("recorderJvmOptions", String.join(" ", recorderJvmOptions))
                    .add("loadAverageBefore", loadBefore).add("loadAverageAfter", loadAfter).build();
        }

        private JsonArray recordersJson() {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Measurement recorder : recorders) {
                array.add(Json.createObjectBuilder().add("measurement", recorder.toJson())
                        .add("ratioToFfmpeg", round(ratioToFfmpeg(recorder))));
            }
            return array.build();
        }

        public String table() {
            return String.join("\n",
                    "| B2: " + settings.cameras() + " × " + settings.width() + "x" + settings.height() + "@" + settings.fps()
                            + " " + settings.bitrateKbps() + " kbit/s, " + settings.measure().toSeconds() + " s | % of one core per stream | user | system | frames recorded / sent |",
                    "|---|---|---|---|---|",
                    recorders.stream().map(recorder -> row(recorder) + "\n| ratio " + recorder.subject()
                            + " / ffmpeg (target ≤ 0.5) | " + round(ratioToFfmpeg(recorder)) + " | | | |")
                            .collect(Collectors.joining("\n")),
                    row(ffmpeg),
                    "| load average (1 min) before / after | " + loadBefore + " / " + loadAfter + " | | | |");
        }

        private static String row(Measurement m) {
            return "| " + m.subject() + " | " + round(m.percentPerStream()) + " | " + round(m.userPercent()) + " | "
                    + round(m.systemPercent()) + " | " + (m.framesRecorded() < 0 ? "n/a" : m.framesRecorded() + " / " + m.framesExpected()) + " |";
        }
    }

    private final Settings settings;

    public RecordingCpuBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run() throws Exception {
        Files.createDirectories(settings.workDir());
        try (CameraSimulator simulator = CameraSimulator.start(SimulatorConfig.builder().port(0)
                .cameras(settings.cameras()).size(settings.width(), settings.height()).fps(settings.fps())
                .gop(settings.fps()).bitrateKbps(settings.bitrateKbps()).build())) {
            double loadBefore = MachineLoad.oneMinuteAverage();
            List<Measurement> recorders = new ArrayList<>();
            for (String ingest : settings.ingests()) {
                recorders.add(measureArgusRecorder(simulator, ingest));
            }
            Measurement ffmpeg = measureFfmpeg(simulator);
            return new Result(settings, Instant.now(), recorders, ffmpeg, loadBefore, MachineLoad.oneMinuteAverage(),
                    RecorderJvmOptions.forJar(settings.recorderJar()));
        }
    }

    private Measurement measureArgusRecorder(CameraSimulator simulator, String ingest) throws Exception {
        int controlPort = freePort();
        Path storage = settings.workDir().resolve("argus-" + ingest);
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        command.addAll(RecorderJvmOptions.forJar(settings.recorderJar()));
        // e.g. -Dargus.recorder.jvm-options=-XX:StartFlightRecording=... to profile the recorder under this load
        command.addAll(List.of(System.getProperty("argus.recorder.jvm-options", "").split(" ")).stream()
                .filter(option -> !option.isBlank()).toList());
        command.addAll(List.of("-jar", settings.recorderJar().toString(),
                "--id", "bench", "--storage", storage.toString(), "--control-port", Integer.toString(controlPort),
                "--media-port", Integer.toString(freePort()), "--management-port", Integer.toString(freePort()),
                "--ingest", ingest));
        Process recorder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(settings.workDir().resolve("recorder-" + ingest + ".log").toFile()).start();
        try {
            ChildProcesses.awaitPort(recorder, controlPort, "recorder");
            try (RecorderCommandClient control = new RecorderCommandClient(controlPort)) {
                for (int i = 1; i <= settings.cameras(); i++) {
                    control.apply(new CameraConfiguration("bench-cam" + i, "Bench " + i,
                            URI.create(simulator.url("cam" + i)), null, null, RecordingMode.ALWAYS, true));
                }
                awaitAllStreaming(control);
                Thread.sleep(settings.warmup().toMillis());
                long framesBefore = framesReceived(control.status());
                CpuSample cpu = CpuSample.begin(List.of(recorder));
                long start = System.nanoTime();
                Thread.sleep(settings.measure().toMillis());
                double[] percent = cpu.endPercentOfOneCore();
                long expected = expectedFrames(System.nanoTime() - start);
                long recorded = framesReceived(control.status()) - framesBefore;
                return new Measurement("Argus recorder, " + ingest + " ingest", settings.cameras(), percent[0],
                        percent[1], expected, recorded);
            }
        } finally {
            stop(recorder);
        }
    }

    private Measurement measureFfmpeg(CameraSimulator simulator) throws Exception {
        Path output = settings.workDir().resolve("ffmpeg");
        Files.createDirectories(output);
        List<Process> peers = new ArrayList<>();
        try {
            for (int i = 1; i <= settings.cameras(); i++) {
                peers.add(new ProcessBuilder("ffmpeg", "-nostdin", "-loglevel", "error", "-rtsp_transport", "tcp",
                        "-i", simulator.url("cam" + i), "-c", "copy", "-f", "segment", "-segment_time", "60",
                        "-reset_timestamps", "1", output.resolve("cam" + i + "-%03d.mp4").toString())
                        .redirectErrorStream(true).redirectOutput(output.resolve("cam" + i + ".log").toFile()).start());
            }
            Thread.sleep(settings.warmup().toMillis());
            CpuSample cpu = CpuSample.begin(peers);
            long start = System.nanoTime();
            Thread.sleep(settings.measure().toMillis());
            double[] percent = cpu.endPercentOfOneCore();
            long expected = expectedFrames(System.nanoTime() - start);
            for (Process peer : peers) {
                if (!peer.isAlive()) {
                    throw new IllegalStateException("an ffmpeg peer exited early; see " + output);
                }
            }
            return new Measurement("ffmpeg -c copy -f segment", settings.cameras(), percent[0], percent[1], expected, -1);
        } finally {
            peers.forEach(RecordingCpuBenchmark::stop);
        }
    }

    private long expectedFrames(long elapsedNanos) {
        return Math.round(elapsedNanos / 1e9 * settings.fps()) * settings.cameras();
    }

    private static long framesReceived(RecorderStatus status) {
        return status.cameras().stream().mapToLong(CameraStatus::framesReceived).sum();
    }

    private void awaitAllStreaming(RecorderCommandClient control) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            RecorderStatus status = control.status();
            long streaming = status.cameras().stream().filter(c -> "STREAMING".equals(c.state())).count();
            if (streaming == settings.cameras()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("only " + streaming + " of " + settings.cameras() + " cameras streaming: " + status);
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stop(Process process) {
        ChildProcesses.stop(process, 15);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
