package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.simulator.clip.ClipSpec;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * B7 of the brief: export of an archive range (1 h of one camera) to one MP4. Argus: {@code GET /export/{cam}} on the
 * recorder's media server, written to a file by an HTTP client. Peer: {@code ffmpeg -f concat -i list -c copy out.mp4}
 * over its minute files of the same clip. Both files are checked with ffprobe (duration). The archives were just
 * written, so both read from the page cache: this measures the export path, not the disk.
 */
public final class ExportBenchmark {

    private static final String CAMERA = "export-cam";

    public record Settings(Duration length, ClipSpec clip, Path workDir) {
    }

    /** One subject's export: how long it took, how big and how long the file is. */
    public record Export(String subject, double seconds, long bytes, double durationSeconds) {

        double timesRealTime(Duration length) {
            return length.toMillis() / 1000.0 / seconds;
        }

        JsonObject toJson(Duration length) {
            return Json.createObjectBuilder().add("subject", subject).add("seconds", RecordingCpuBenchmark.round(seconds))
                    .add("bytes", bytes).add("megabytesPerSecond", RecordingCpuBenchmark.round(bytes / 1e6 / seconds))
                    .add("timesRealTime", RecordingCpuBenchmark.round(timesRealTime(length)))
                    .add("ffprobeDurationSeconds", durationSeconds).build();
        }
    }

    public record Result(Settings settings, Instant at, ArchiveBuilder.Archive archive, Export argus, Export ffmpeg) {

        public JsonObject toJson() {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("benchmark", "B7 export of one camera to MP4")
                    .add("at", at.toString()).add("lengthSeconds", settings.length().toSeconds())
                    .add("clip", settings.clip().cacheFileName()).add("argusSegments", archive.segments())
                    .add("argusArchiveBytes", archive.bytes());
            return json.add("argus", argus.toJson(settings.length())).add("ffmpeg", ffmpeg.toJson(settings.length()))
                    .add("target", ">= 100 x real time").build();
        }

        public String table() {
            Duration length = settings.length();
            return String.join("\n",
                    "| B7: export " + length.toMinutes() + " min of " + settings.clip().width() + "x" + settings.clip().height()
                            + " " + settings.clip().bitrateKbps() + " kbit/s | seconds | MB/s | × real time (target ≥ 100) | ffprobe duration s |",
                    "|---|---|---|---|---|",
                    row(argus, length), row(ffmpeg, length));
        }

        private static String row(Export export, Duration length) {
            return "| " + export.subject() + " | " + RecordingCpuBenchmark.round(export.seconds()) + " | "
                    + RecordingCpuBenchmark.round(export.bytes() / 1e6 / export.seconds()) + " | "
                    + Math.round(export.timesRealTime(length)) + " | " + export.durationSeconds() + " |";
        }
    }

    private final Settings settings;

    public ExportBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run() throws Exception {
        ArchiveBuilder.Archives archives = ArchiveBuilder.both(settings.workDir(), CAMERA, ClipFrames.of(settings.clip()),
                settings.length());
        return new Result(settings, Instant.now(), archives.argus(), exportOverHttp(archives.argus()),
                exportWithFfmpeg(archives.ffmpeg()));
    }

    private Export exportOverHttp(ArchiveBuilder.Archive archive) throws Exception {
        Path out = settings.workDir().resolve("argus-export.mp4");
        try (ArchiveServer server = new ArchiveServer(archive.storage())) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long start = System.nanoTime();
            HttpResponse<Path> response = http.send(HttpRequest.newBuilder(server.uri("export", CAMERA, archive.from(),
                    archive.to(), Purpose.EXPORT)).build(), HttpResponse.BodyHandlers.ofFile(out));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (response.statusCode() != 200) {
                throw new IOException("export answered " + response.statusCode() + ": " + Files.readString(out));
            }
            return probedAndDeleted("Argus GET /export", seconds, out);
        }
    }

    private Export exportWithFfmpeg(ArchiveBuilder.Archive archive) throws Exception {
        Path list = settings.workDir().resolve("concat.txt");
        Files.write(list, ArchiveBuilder.peerSegments(archive.storage()).stream()
                .map(file -> "file '" + file.toAbsolutePath() + "'").toList());
        Path out = settings.workDir().resolve("ffmpeg-export.mp4");
        long nanos = FfmpegRun.run(settings.workDir().resolve("ffmpeg.log"), "ffmpeg", "-nostdin", "-loglevel", "error",
                "-y", "-f", "concat", "-safe", "0", "-i", list.toString(), "-c", "copy", out.toString());
        return probedAndDeleted("ffmpeg -f concat -c copy", nanos / 1e9, out);
    }

    /** The export is as big as the archive: once measured and probed, it goes. */
    private Export probedAndDeleted(String subject, double seconds, Path file) throws Exception {
        Export export = new Export(subject, seconds, Files.size(file),
                FfmpegRun.durationSeconds(file, settings.workDir().resolve("ffprobe.log")));
        Files.delete(file);
        return export;
    }
}
