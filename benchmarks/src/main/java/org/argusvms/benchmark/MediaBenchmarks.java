package org.argusvms.benchmark;

import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.clip.TestPattern;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The media database benchmarks of the brief (run through {@link BenchmarkMain}), each writing {@code <name>.json} and {@code .md} into the output
 * directory (default {@code benchmarks/target/results}); none needs WildFly, and all use free ports.
 * <pre>
 *   b6 [--hours 24] [--seeks 200] [--frame-seeks 100] [--size 320x180] [--bitrate 64] [--seed 6]
 *   b7 [--minutes 60] [--size 1280x720] [--bitrate 4000]
 *   b9 [--seconds 60] [--size 1280x720] [--bitrate 4000] [--recorder-jar JAR]
 *   smart-search [--hours 24] [--motion-share 1.0] [--queries 200] [--seed 12]
 *   b3 [--cameras 8] [--runs 5] [--min-seconds 5] [--max-seconds 15] [--size 1280x720] [--bitrate 2000]
 *      [--recorder-jar JAR] [--seed 3]
 *   b10 [--cameras 16] [--hours 24] [--archive-size 320x180] [--archive-bitrate 32] [--size 1280x720]
 *       [--bitrate 2000] [--baseline-seconds 30] [--after-seconds 30] [--timeout-seconds 900] [--recorder-jar JAR]
 * </pre>
 * Clips come from the camera simulator's clip cache (~/.cache/argus/clips, generated with ffmpeg once).
 */
public final class MediaBenchmarks {

    private MediaBenchmarks() {
    }

    static void seek(Options options, Path output) throws Exception {
        var settings = new SeekBenchmark.Settings(Duration.ofHours(options.integer("hours", 24)),
                options.integer("seeks", 200), options.integer("frame-seeks", 100),
                clip(options, "320x180", 64, 60), output.resolve("b6-work"), options.integer("seed", 6));
        options.requireAllUsed();
        SeekBenchmark.Result result = new SeekBenchmark(settings).run();
        ResultFiles.write(output, "b6-playback-seek", result.toJson(), result.table());
    }

    static void export(Options options, Path output) throws Exception {
        var settings = new ExportBenchmark.Settings(Duration.ofMinutes(options.integer("minutes", 60)),
                clip(options, "1280x720", 4000, 10), output.resolve("b7-work"));
        options.requireAllUsed();
        ExportBenchmark.Result result = new ExportBenchmark(settings).run();
        ResultFiles.write(output, "b7-export", result.toJson(), result.table());
    }

    static void storageOverhead(Options options, Path output) throws Exception {
        String[] size = options.text("size", "1280x720").split("x");
        var settings = new StorageOverheadBenchmark.Settings(options.seconds("seconds", 60), Integer.parseInt(size[0]),
                Integer.parseInt(size[1]), 25, options.integer("bitrate", 4000), BenchmarkMain.recorderJar(options),
                output.resolve("b9-work"));
        options.requireAllUsed();
        StorageOverheadBenchmark.Result result = new StorageOverheadBenchmark(settings).run();
        ResultFiles.write(output, "b9-storage-overhead", result.toJson(), result.table());
    }

    static void crashRecovery(Options options, Path output) throws Exception {
        String[] size = options.text("size", "1280x720").split("x");
        var settings = new CrashRecoveryBenchmark.Settings(options.integer("cameras", 8), options.integer("runs", 5),
                options.seconds("min-seconds", 5), options.seconds("max-seconds", 15), Integer.parseInt(size[0]),
                Integer.parseInt(size[1]), 25, options.integer("bitrate", 2000), BenchmarkMain.recorderJar(options),
                output.resolve("b3-work"), options.integer("seed", 3));
        options.requireAllUsed();
        CrashRecoveryBenchmark.Result result = new CrashRecoveryBenchmark(settings).run();
        ResultFiles.write(output, "b3-crash-recovery", result.toJson(), result.table());
    }

    static void retention(Options options, Path output) throws Exception {
        String[] size = options.text("size", "1280x720").split("x");
        String[] archiveSize = options.text("archive-size", "320x180").split("x");
        ClipSpec archiveClip = new ClipSpec(TestPattern.TESTSRC2, Integer.parseInt(archiveSize[0]),
                Integer.parseInt(archiveSize[1]), 25, 25, 60, options.integer("archive-bitrate", 32));
        var settings = new RetentionBenchmark.Settings(options.integer("cameras", 16),
                Duration.ofHours(options.integer("hours", 24)), archiveClip, Integer.parseInt(size[0]),
                Integer.parseInt(size[1]), 25, options.integer("bitrate", 2000), options.seconds("baseline-seconds", 30),
                options.seconds("after-seconds", 30), options.seconds("timeout-seconds", 900),
                BenchmarkMain.recorderJar(options), output.resolve("b10-work"));
        options.requireAllUsed();
        RetentionBenchmark.Result result = new RetentionBenchmark(settings).run();
        ResultFiles.write(output, "b10-retention", result.toJson(), result.table());
    }

    static void smartSearch(Options options, Path output) throws Exception {
        var settings = new SmartSearchBenchmark.Settings(Duration.ofHours(options.integer("hours", 24)),
                Double.parseDouble(options.text("motion-share", "1.0")), options.integer("queries", 200),
                output.resolve("smart-search-work"), options.integer("seed", 12));
        options.requireAllUsed();
        SmartSearchBenchmark.Result result = new SmartSearchBenchmark(settings).run();
        ResultFiles.write(output, "smart-search", result.toJson(), result.table());
    }

    /** A 25 fps clip with a keyframe every second, like the simulator's cameras. */
    private static ClipSpec clip(Options options, String defaultSize, int defaultKbps, int seconds) {
        String[] size = options.text("size", defaultSize).split("x");
        return new ClipSpec(TestPattern.TESTSRC2, Integer.parseInt(size[0]), Integer.parseInt(size[1]), 25, 25, seconds,
                options.integer("bitrate", defaultKbps));
    }
}
