package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.simulator.clip.ClipSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * B6 of the brief: playback seek to a random instant of a long archive. Argus: {@code GET /playback/{cam}?from=T&to=T+10s}
 * on the recorder's media server, time to the first body byte (HTTP client in this process) and time until ffmpeg
 * reading that URL has decoded the first frame. Peer: ffmpeg seeking ({@code -ss}) into the minute file of its own
 * segment archive that holds T, found by name, time until the first decoded frame. Both first-frame figures include
 * starting an ffmpeg process, which the baseline (decoding frame 0 of a local file) shows on its own.
 */
public final class SeekBenchmark {

    static final Duration CLIP = Duration.ofSeconds(10);
    private static final String CAMERA = "seek-cam";
    private static final int WARMUP_REQUESTS = 20;

    /** What to run: archive length, how many seeks for first byte and for first frame, the clip, where to write. */
    public record Settings(Duration archive, int seeks, int frameSeeks, ClipSpec clip, Path workDir, long seed) {
    }

    public record Result(Settings settings, Instant at, ArchiveBuilder.Archive argusArchive, double buildSeconds,
                         ArchiveBuilder.Archive peerArchive, Latencies.Summary firstByte, Latencies.Summary snapshot, Latencies.Summary firstFrame,
                         Latencies.Summary peerFirstFrame, Latencies.Summary ffmpegStartBaseline) {

        public JsonObject toJson() {
            return Json.createObjectBuilder()
                    .add("benchmark", "B6 playback seek to a random instant of the archive")
                    .add("at", at.toString())
                    .add("archiveHours", settings.archive().toMinutes() / 60.0)
                    .add("clip", settings.clip().cacheFileName())
                    .add("argusSegments", argusArchive.segments()).add("argusArchiveBytes", argusArchive.bytes())
                    .add("argusArchiveBuildSeconds", RecordingCpuBenchmark.round(buildSeconds))
                    .add("peerSegments", peerArchive.segments()).add("peerArchiveBytes", peerArchive.bytes())
                    .add("request", "/playback/{cam}?from=T&to=T+" + CLIP.toSeconds() + "s")
                    .add("argusFirstByte", firstByte.toJson()).add("argusSnapshotDecoded", snapshot.toJson())
                    .add("argusFirstFrame", firstFrame.toJson())
                    .add("ffmpegPeerFirstFrame", peerFirstFrame.toJson())
                    .add("ffmpegProcessBaseline", ffmpegStartBaseline.toJson())
                    .add("target", "first byte p95 <= 50 ms, first frame p95 <= 300 ms").build();
        }

        public String table() {
            return String.join("\n",
                    "| B6: seek in " + settings.archive().toHours() + " h (" + argusArchive.segments() + " segments), "
                            + settings.clip().width() + "x" + settings.clip().height() + " | samples | p50 / p95 / p99 / max ms |",
                    "|---|---|---|",
                    "| Argus first byte of /playback (target p95 ≤ 50) | " + firstByte.count() + " | " + firstByte.describe() + " |",
                    "| Argus /snapshot?at=T: frame at T decoded by the recorder, JPEG received | " + snapshot.count() + " | " + snapshot.describe() + " |",
                    "| Argus request → first frame decoded by ffmpeg (target p95 ≤ 300) | " + firstFrame.count() + " | " + firstFrame.describe() + " |",
                    "| ffmpeg peer: `ffmpeg -ss` into the minute file → first frame | " + peerFirstFrame.count() + " | " + peerFirstFrame.describe() + " |",
                    "| baseline: ffmpeg start + frame 0 of a local file, no seek | " + ffmpegStartBaseline.count() + " | " + ffmpegStartBaseline.describe() + " |");
        }
    }

    private final Settings settings;

    public SeekBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run() throws Exception {
        ArchiveBuilder.Archives archives = ArchiveBuilder.both(settings.workDir(), CAMERA, ClipFrames.of(settings.clip()),
                settings.archive());
        ArchiveBuilder.Archive argus = archives.argus();
        ArchiveBuilder.Archive peer = archives.ffmpeg();
        Instant from = argus.from();
        List<Instant> instants = randomInstants(from, Math.max(settings.seeks(), settings.frameSeeks()));
        Path log = settings.workDir().resolve("ffmpeg.log");
        try (ArchiveServer server = new ArchiveServer(argus.storage())) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int i = 0; i < WARMUP_REQUESTS; i++) {
                firstByte(http, server, instants.get(i % instants.size()));
            }
            Latencies firstBytes = new Latencies();
            for (Instant t : instants.subList(0, settings.seeks())) {
                firstBytes.add(firstByte(http, server, t));
            }
            Latencies snapshots = new Latencies();
            for (Instant t : instants.subList(0, settings.frameSeeks())) {
                snapshots.add(snapshot(http, server, t));
            }
            Latencies firstFrames = new Latencies();
            Latencies peerFrames = new Latencies();
            Latencies baseline = new Latencies();
            List<Path> peerFiles = ArchiveBuilder.peerSegments(peer.storage());
            for (Instant t : instants.subList(0, settings.frameSeeks())) {
                URI uri = server.uri("playback", CAMERA, t, t.plus(CLIP), Purpose.PLAYBACK);
                firstFrames.add(FfmpegRun.firstFrame(log, List.of(), uri.toString()));
                long offsetMillis = Duration.between(from, t).toMillis();
                Path minuteFile = peerFiles.get((int) (offsetMillis / ArchiveBuilder.SEGMENT.toMillis()));
                String seek = String.format(Locale.ROOT, "%.3f", (offsetMillis % ArchiveBuilder.SEGMENT.toMillis()) / 1000.0);
                peerFrames.add(FfmpegRun.firstFrame(log, List.of("-ss", seek), minuteFile.toString()));
                baseline.add(FfmpegRun.firstFrame(log, List.of(), peerFiles.get(0).toString()));
            }
            return new Result(settings, Instant.now(), argus, archives.argusWriteSeconds(), peer, firstBytes.summary(),
                    snapshots.summary(), firstFrames.summary(), peerFrames.summary(), baseline.summary());
        }
    }

    /** Instants spread uniformly over the archive, each with a whole clip after it. */
    private List<Instant> randomInstants(Instant from, int count) {
        Random random = new Random(settings.seed());
        long span = settings.archive().minus(CLIP).toMillis();
        List<Instant> instants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            instants.add(from.plusMillis((long) (random.nextDouble() * span)));
        }
        return instants;
    }

    /** Request sent → the whole JPEG of the frame at {@code t} received, in nanoseconds. */
    private static long snapshot(HttpClient http, ArchiveServer server, Instant t) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.snapshotUri(CAMERA, t)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200 || response.body().length == 0) {
            throw new IOException("snapshot at " + t + " answered " + response.statusCode());
        }
        return elapsed;
    }

    /** Request sent → first body byte read, in nanoseconds; the rest of the clip is read and discarded. */
    private static long firstByte(HttpClient http, ArchiveServer server, Instant t) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri("playback", CAMERA, t, t.plus(CLIP), Purpose.PLAYBACK)).build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200 || body.read() < 0) {
                throw new IOException("playback at " + t + " answered " + response.statusCode());
            }
            long elapsed = System.nanoTime() - start;
            body.transferTo(OutputStream.nullOutputStream());
            return elapsed;
        }
    }
}
