package org.argusvms.benchmark;

import jakarta.json.JsonObject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs one benchmark of the brief and writes its JSON (and a Markdown table) into the output directory
 * (default {@code benchmarks/target/results}).
 * <pre>
 *   b2  [--cameras 20] [--seconds 60] [--warmup 10] [--size 1280x720] [--bitrate 3600] [--recorder-jar JAR]
 *   b8  [--connections 4] [--subscribers 4] [--warmup 30] [--latency-rate 500] [--latency-seconds 30]
 *       [--steps 250,500,1000,2000,...,8000] [--step-seconds 15] [--drain-seconds 30] [--artemis DIR]
 *       [--peer-seconds 20]
 *   b11 [--workers 8] [--login-workers 4] [--warmup 20] [--seconds 15] [--recorders 50] [--cameras 10000]
 *       [--create-workers 8] [--recorder-jar JAR] [--recorder-base-port 19100] [--sync-seconds 600]
 *       [--remove-cameras false] [--logins-only false] [--wrk-connections 4 (0: no wrk rows)]
 *   b3  [--cameras 8] [--runs 5] [--min-seconds 5] [--max-seconds 15] [--size 1280x720] [--bitrate 2000]
 *       [--recorder-jar JAR] [--seed 3]
 *   b6  [--hours 24] [--seeks 200] [--frame-seeks 100] [--size 320x180] [--bitrate 64] [--seed 6]
 *   b7  [--minutes 60] [--size 1280x720] [--bitrate 4000]
 *   b9  [--seconds 60] [--size 1280x720] [--bitrate 4000] [--recorder-jar JAR]
 *   b10 [--cameras 16] [--hours 24] [--archive-size 320x180] [--archive-bitrate 32] [--size 1280x720]
 *       [--bitrate 2000] [--baseline-seconds 30] [--after-seconds 30] [--timeout-seconds 900] [--recorder-jar JAR]
 *   smart-search [--hours 24] [--motion-share 1.0] [--queries 200] [--seed 12]
 *   b4  (B4 and B5) [--tiles 1,16] [--warmup 5] [--seconds 30] [--gops 25,100] [--first-frame-trials 20]
 *       [--size 640x360] [--bitrate 1000] [--recorder-jar JAR] [--recorder-base-port 19300]
 *       [--chromium /usr/bin/chromium] [--chromedriver /usr/bin/chromedriver]
 *   b4, b8 and b11 against a running stack: [--port-offset 0] [--keycloak http://localhost:8180]
 *       [--db-url postgresql://argus:argus@localhost:5432/argus, or "none" on H2]
 * </pre>
 * Without a benchmark name, B2 runs (the options alone select it, as before).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean named = args.length > 0 && !args[0].startsWith("--");
        String benchmark = named ? args[0] : "b2";
        Options options = new Options(Arrays.asList(args).subList(named ? 1 : 0, args.length));
        Path output = options.path("output", "benchmarks/target/results");
        Files.createDirectories(output);
        switch (benchmark) {
            case "b2" -> recordingCpu(options, output);
            case "b8" -> eventServer(options, output);
            case "b11" -> api(options, output);
            case "b3" -> MediaBenchmarks.crashRecovery(options, output);
            case "b6" -> MediaBenchmarks.seek(options, output);
            case "b7" -> MediaBenchmarks.export(options, output);
            case "b9" -> MediaBenchmarks.storageOverhead(options, output);
            case "b10" -> MediaBenchmarks.retention(options, output);
            case "smart-search" -> MediaBenchmarks.smartSearch(options, output);
            case "b4", "b5" -> liveLatency(options, output);
            default -> throw new IllegalArgumentException("unknown benchmark " + benchmark
                    + "; one of b2, b3, b4, b6, b7, b8, b9, b10, b11, smart-search");
        }
    }

    private static void recordingCpu(Options options, Path output) throws Exception {
        String[] size = options.text("size", "1280x720").split("x");
        var settings = new RecordingCpuBenchmark.Settings(options.integer("cameras", 20), options.seconds("seconds", 60),
                options.seconds("warmup", 10), Integer.parseInt(size[0]), Integer.parseInt(size[1]), 25,
                options.integer("bitrate", 3600), recorderJar(options), output.resolve("b2-work"));
        options.requireAllUsed();
        RecordingCpuBenchmark.Result result = new RecordingCpuBenchmark(settings).run();
        write(output, "b2-recording-cpu", result.toJson(), result.table());
    }

    private static void eventServer(Options options, Path output) throws Exception {
        var settings = new EventServerBenchmark.Settings(stack(options), options.integer("connections", 4),
                options.integer("subscribers", 4), options.seconds("warmup", 30), options.integer("latency-rate", 500),
                options.seconds("latency-seconds", 30), options.integers("steps", "250,500,1000,2000,3000,4000,5000,6000,8000"),
                options.seconds("step-seconds", 15), options.seconds("drain-seconds", 30),
                options.path("artemis", null), options.seconds("peer-seconds", 20), workDir(output, "b8-work"));
        options.requireAllUsed();
        EventServerBenchmark.Result result = new EventServerBenchmark(settings).run();
        write(output, "b8-event-server", result.toJson(), result.table());
    }

    private static void api(Options options, Path output) throws Exception {
        // 20 s of warm-up per load: on two cores WildFly's JIT needs about that long under load before the request path
        // is compiled (5 s gave half the steady rate, see docs/benchmarks.md B11)
        var settings = new ApiBenchmark.Settings(stack(options), options.integer("workers", 8), options.seconds("warmup", 20),
                options.seconds("seconds", 15), options.integer("login-workers", 4), options.integer("recorders", 50),
                options.integer("cameras", 10_000), options.integer("create-workers", 8), recorderJar(options),
                options.integer("recorder-base-port", 19100), options.seconds("sync-seconds", 600),
                Boolean.parseBoolean(options.text("remove-cameras", "false")),
                Boolean.parseBoolean(options.text("logins-only", "false")), workDir(output, "b11-work"),
                options.integer("wrk-connections", 4));
        options.requireAllUsed();
        ApiBenchmark.Result result = new ApiBenchmark(settings).run();
        write(output, "b11-api", result.toJson(), result.table());
    }

    private static void liveLatency(Options options, Path output) throws Exception {
        String[] size = options.text("size", "640x360").split("x");
        var settings = new LiveLatencyBenchmark.Settings(stack(options), options.integers("tiles", "1,16"),
                options.seconds("warmup", 5), options.seconds("seconds", 30), options.integers("gops", "25,100"),
                options.integer("first-frame-trials", 20), Integer.parseInt(size[0]), Integer.parseInt(size[1]),
                options.integer("bitrate", 1000), recorderJar(options), options.integer("recorder-base-port", 19300),
                options.path("chromium", "/usr/bin/chromium"), options.path("chromedriver", "/usr/bin/chromedriver"),
                workDir(output, "b4-work"));
        options.requireAllUsed();
        LiveLatencyBenchmark.Result result = new LiveLatencyBenchmark(settings).run();
        write(output, "b4-b5-live-latency", result.toJson(), result.table());
    }

    private static StackEndpoints stack(Options options) {
        String database = options.text("db-url", "postgresql://argus:argus@localhost:5432/argus");
        return StackEndpoints.standard(options.integer("port-offset", 0), options.text("keycloak", "http://localhost:8180"),
                "none".equals(database) ? null : database);
    }

    static Path recorderJar(Options options) {
        return options.path("recorder-jar", System.getProperty("argus.recorder.jar", "recorder-native/target/recorder-native.jar"));
    }

    private static Path workDir(Path output, String name) throws Exception {
        return Files.createDirectories(output.resolve(name));
    }

    private static void write(Path output, String name, JsonObject json, String table) throws Exception {
        ResultFiles.write(output, name, json, table);
    }
}
