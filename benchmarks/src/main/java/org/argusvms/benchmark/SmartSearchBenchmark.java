package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.motion.GridCells;
import org.argusvms.recorder.motion.MotionGridFiles;
import org.argusvms.recorder.motion.MotionGridWriter;
import org.argusvms.recorder.motion.MotionRegions;
import org.argusvms.recorder.motion.MotionSearch;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Smart search (docs/design/motion-detection.md): "motion in this region between T1 and T2" over a whole day of one
 * camera. Writes a synthetic day of motion grids with the recorder's own writer (by default motion in every second,
 * the worst case for size and search time), then times {@link MotionSearch#motionIn} in this process and
 * {@code GET /motion/{cam}?from&to&region} on the recorder's media server, each over the full day with a random
 * rectangle. Page cache warm (the grids were just written), as for a recorder that serves searches of recent days.
 */
public final class SmartSearchBenchmark {

    private static final String CAMERA = "search-cam";
    private static final Instant DAY = Instant.parse("2026-01-15T00:00:00Z");
    private static final int WARMUP_QUERIES = 20;

    /** A day of one camera; {@code motionShare}: the share of its seconds with motion (1 = every second). */
    public record Settings(Duration archive, double motionShare, int queries, Path workDir, long seed) {
    }

    public record Result(Settings settings, Instant at, long gridBytes, long secondsWithMotion, double writeSeconds,
                         long intervalsOfLastQuery, Latencies.Summary inProcess, Latencies.Summary wholePicture,
                         Latencies.Summary http) {

        public JsonObject toJson() {
            return Json.createObjectBuilder()
                    .add("benchmark", "smart search: motion in a region over a day of one camera")
                    .add("at", at.toString())
                    .add("archiveHours", settings.archive().toMinutes() / 60.0)
                    .add("motionShare", settings.motionShare())
                    .add("grid", GridCells.COLUMNS + "x" + GridCells.ROWS)
                    .add("secondsWithMotion", secondsWithMotion)
                    .add("gridBytesOnDisk", gridBytes)
                    .add("writeSeconds", RecordingCpuBenchmark.round(writeSeconds))
                    .add("intervalsOfLastQuery", intervalsOfLastQuery)
                    .add("motionSearchInProcess", inProcess.toJson())
                    .add("motionSearchWholePicture", wholePicture.toJson())
                    .add("httpMotionSearch", http.toJson())
                    .add("target", "well under a second for a day of one camera").build();
        }

        public String table() {
            return String.join("\n",
                    "| Smart search over " + settings.archive().toHours() + " h of one camera, motion in "
                            + String.format(Locale.ROOT, "%.0f", settings.motionShare() * 100) + " % of seconds ("
                            + gridBytes / 1024 + " KiB of grids) | samples | p50 / p95 / p99 / max ms |",
                    "|---|---|---|",
                    "| MotionSearch.motionIn, random rectangle, whole range | " + inProcess.count() + " | "
                            + inProcess.describe() + " |",
                    "| MotionSearch.motionIn, whole picture (every record of the day read) | " + wholePicture.count()
                            + " | " + wholePicture.describe() + " |",
                    "| GET /motion/{cam}?from&to&region, whole response received | " + http.count() + " | "
                            + http.describe() + " |");
        }
    }

    private final Settings settings;

    public SmartSearchBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run() throws Exception {
        Path storage = settings.workDir().resolve("storage");
        deleteRecursively(storage);
        Files.createDirectories(storage);
        MotionGridFiles files = new MotionGridFiles(new StorageLayout(storage));
        Random random = new Random(settings.seed());
        long writeStart = System.nanoTime();
        long secondsWithMotion = writeSyntheticArchive(files, random);
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
        Instant end = DAY.plus(settings.archive());

        MotionSearch search = new MotionSearch(files);
        Latencies inProcess = new Latencies();
        long intervals = 0;
        for (int query = -WARMUP_QUERIES; query < settings.queries(); query++) {
            GridCells region = MotionRegions.parse(randomRectangle(random));
            long start = System.nanoTime();
            intervals = search.motionIn(CAMERA, region, DAY, end).intervals().size();
            if (query >= 0) {
                inProcess.add(System.nanoTime() - start);
            }
        }

        Latencies wholePicture = new Latencies();
        for (int query = -WARMUP_QUERIES; query < settings.queries(); query++) {
            long start = System.nanoTime();
            search.motionIn(CAMERA, GridCells.ALL, DAY, end);
            if (query >= 0) {
                wholePicture.add(System.nanoTime() - start);
            }
        }

        Latencies http = new Latencies();
        HttpClient client = HttpClient.newHttpClient();
        try (ArchiveServer server = new ArchiveServer(storage)) {
            for (int query = -WARMUP_QUERIES; query < settings.queries(); query++) {
                URI uri = URI.create(server.uri("motion", CAMERA, DAY, end, Purpose.PLAYBACK) + "&region="
                        + URLEncoder.encode(randomRectangle(random), StandardCharsets.UTF_8));
                long start = System.nanoTime();
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
                        HttpResponse.BodyHandlers.ofString());
                long elapsed = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IOException("GET /motion answered " + response.statusCode() + ": " + response.body());
                }
                if (query >= 0) {
                    http.add(elapsed);
                }
            }
        }
        return new Result(settings, Instant.now(), directorySize(storage.resolve(CAMERA).resolve("motion")),
                secondsWithMotion, writeSeconds, intervals, inProcess.summary(), wholePicture.summary(), http.summary());
    }

    /** Motion in a random blob of up to 3×3 cells in the chosen share of seconds, five pictures a second. */
    private long writeSyntheticArchive(MotionGridFiles files, Random random) throws IOException {
        long seconds = settings.archive().toSeconds();
        long withMotion = 0;
        try (MotionGridWriter writer = new MotionGridWriter(files, CAMERA)) {
            for (long second = 0; second < seconds; second++) {
                if (random.nextDouble() >= settings.motionShare()) {
                    continue;
                }
                withMotion++;
                int column = random.nextInt(GridCells.COLUMNS - 2);
                int row = random.nextInt(GridCells.ROWS - 2);
                long millis = DAY.plusSeconds(second).toEpochMilli();
                for (int picture = 0; picture < 5; picture++) {
                    GridCells.Builder blob = GridCells.builder();
                    for (int cell = 0; cell < 3; cell++) {
                        blob.add(column + random.nextInt(3), row + random.nextInt(3));
                    }
                    writer.record(millis + picture * 200L, blob.build());
                }
            }
        }
        return withMotion;
    }

    /** Two corners: at least a quarter of the picture's width and height, so that it covers cells. */
    private static String randomRectangle(Random random) {
        double x = random.nextDouble() * 0.75;
        double y = random.nextDouble() * 0.75;
        return String.format(Locale.ROOT, "%.3f,%.3f;%.3f,%.3f", x, y, x + 0.25, y + 0.25);
    }

    private static long directorySize(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
            }
        }
    }
}
