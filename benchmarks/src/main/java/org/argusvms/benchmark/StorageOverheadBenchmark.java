package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * B9 of the brief: storage overhead ((container + index bytes) / media payload) and write amplification (bytes the
 * process wrote to the device / media payload) of the Argus recorder recording one real RTSP stream from the camera
 * simulator, against ffmpeg's segment muxer ({@code -c copy -f segment}) recording the same stream at the same time.
 * The payload is the sum of the H.264 sample sizes in each subject's files, read back with ffprobe.
 */
public final class StorageOverheadBenchmark {

    private static final String CAMERA = "b9-cam";

    public record Settings(Duration measure, int width, int height, int fps, int bitrateKbps, Path recorderJar,
                           Path workDir) {
    }

    /** One subject's files and writes. */
    public record Storage(String subject, int files, long fileBytes, long indexBytes, long payloadBytes, long samples,
                          long writeBytes) {

        double overheadPercent() {
            return 100.0 * (fileBytes + indexBytes - payloadBytes) / payloadBytes;
        }

        double writeAmplification() {
            return (double) writeBytes / payloadBytes;
        }

        JsonObject toJson() {
            return Json.createObjectBuilder().add("subject", subject).add("files", files).add("fileBytes", fileBytes)
                    .add("indexBytes", indexBytes).add("payloadBytes", payloadBytes).add("samples", samples)
                    .add("deviceWriteBytes", writeBytes)
                    .add("overheadPercent", RecordingCpuBenchmark.round(overheadPercent()))
                    .add("writeAmplification", Math.round(writeAmplification() * 10000) / 10000.0).build();
        }
    }

    public record Result(Settings settings, Instant at, Storage argus, Storage ffmpeg) {

        public JsonObject toJson() {
            return Json.createObjectBuilder()
                    .add("benchmark", "B9 storage overhead and write amplification")
                    .add("at", at.toString()).add("seconds", settings.measure().toSeconds())
                    .add("size", settings.width() + "x" + settings.height()).add("fps", settings.fps())
                    .add("bitrateKbps", settings.bitrateKbps())
                    .add("argus", argus.toJson()).add("ffmpeg", ffmpeg.toJson())
                    .add("target", "overhead <= 0.2 %, write amplification <= 1.05").build();
        }

        public String table() {
            return String.join("\n",
                    "| B9: 1 × " + settings.width() + "x" + settings.height() + "@" + settings.fps() + " "
                            + settings.bitrateKbps() + " kbit/s RTSP, " + settings.measure().toSeconds()
                            + " s | files | payload MB | overhead % (target ≤ 0.2) | write amplification (target ≤ 1.05) |",
                    "|---|---|---|---|---|",
                    row(argus), row(ffmpeg));
        }

        private static String row(Storage s) {
            return "| " + s.subject() + " | " + s.files() + " | " + RecordingCpuBenchmark.round(s.payloadBytes() / 1e6)
                    + " | " + RecordingCpuBenchmark.round(s.overheadPercent()) + " | "
                    + Math.round(s.writeAmplification() * 10000) / 10000.0 + " |";
        }
    }

    private final Settings settings;

    public StorageOverheadBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run() throws Exception {
        ArchiveBuilder.deleteTree(settings.workDir());
        Files.createDirectories(settings.workDir());
        Path argusStorage = settings.workDir().resolve("argus");
        Path ffmpegStorage = Files.createDirectories(settings.workDir().resolve("ffmpeg"));
        try (CameraSimulator simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(1)
                .size(settings.width(), settings.height()).fps(settings.fps()).gop(settings.fps())
                .bitrateKbps(settings.bitrateKbps()).build())) {
            String url = simulator.url("cam1");
            int controlPort = StandaloneRecorder.freePort();
            IoAccountedProcess recorder = IoAccountedProcess.start(settings.workDir(), "recorder",
                    StandaloneRecorder.commandLine(settings.recorderJar(), "bench-b9", argusStorage, controlPort));
            IoAccountedProcess ffmpeg = null;
            try {
                StandaloneRecorder.applyAndAwaitStreaming(recorder::alive, controlPort, List.of(new CameraConfiguration(
                        CAMERA, "B9", URI.create(url), null, null, RecordingMode.ALWAYS, true)));
                ffmpeg = IoAccountedProcess.start(settings.workDir(), "ffmpeg", List.of("ffmpeg", "-nostdin",
                        "-loglevel", "error", "-rtsp_transport", "tcp", "-i", url, "-c", "copy", "-f", "segment",
                        "-segment_time", "60", "-reset_timestamps", "1", ffmpegStorage.resolve("seg-%05d.mp4").toString()));
                Thread.sleep(settings.measure().toMillis());
                if (!ffmpeg.alive()) {
                    throw new IllegalStateException("the ffmpeg peer exited early; see " + settings.workDir());
                }
            } catch (Exception e) {
                recorder.abort();
                if (ffmpeg != null) {
                    ffmpeg.abort();
                }
                throw e;
            }
            long ffmpegWrites = ffmpeg.stopAndGetWriteBytes();
            long recorderWrites = recorder.stopAndGetWriteBytes();
            return new Result(settings, Instant.now(),
                    storage("Argus recorder", argusStorage.resolve(CAMERA),
                            Files.size(argusStorage.resolve(".recorder/segments.log")), recorderWrites),
                    storage("ffmpeg -c copy -f segment", ffmpegStorage, 0, ffmpegWrites));
        }
    }

    private Storage storage(String subject, Path directory, long indexBytes, long writeBytes) throws Exception {
        List<Path> files = ArchiveBuilder.mp4Files(directory);
        Path log = settings.workDir().resolve("ffprobe.log");
        FfmpegRun.Payload payload = new FfmpegRun.Payload(0, 0);
        long fileBytes = 0;
        for (Path file : files) {
            payload = payload.plus(FfmpegRun.payload(file, log));
            fileBytes += Files.size(file);
        }
        return new Storage(subject, files.size(), fileBytes, indexBytes, payload.bytes(), payload.samples(), writeBytes);
    }
}
