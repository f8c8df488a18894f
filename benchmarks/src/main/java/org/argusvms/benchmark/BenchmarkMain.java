package org.argusvms.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs the recording benchmark (B2) with the brief's parameters by default — 20 streams of 720p25 at about
 * 3.6 Mbit/s for 60 s — and writes {@code b2-recording-cpu.json} and {@code .md} into the output directory.
 * Usage: {@code bin/benchmark [--cameras N] [--seconds S] [--warmup S] [--size WxH] [--bitrate KBPS] [--output DIR]}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        int cameras = 20;
        int seconds = 60;
        int warmup = 10;
        int width = 1280;
        int height = 720;
        int bitrate = 3600;
        Path output = Path.of("benchmarks/target/benchmarks");
        Path recorderJar = Path.of(System.getProperty("argus.recorder.jar", "recorder-native/target/recorder-native.jar"));
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--cameras" -> cameras = Integer.parseInt(require(args[i], value));
                case "--seconds" -> seconds = Integer.parseInt(require(args[i], value));
                case "--warmup" -> warmup = Integer.parseInt(require(args[i], value));
                case "--bitrate" -> bitrate = Integer.parseInt(require(args[i], value));
                case "--output" -> output = Path.of(require(args[i], value));
                case "--recorder-jar" -> recorderJar = Path.of(require(args[i], value));
                case "--size" -> {
                    String[] size = require(args[i], value).split("x");
                    width = Integer.parseInt(size[0]);
                    height = Integer.parseInt(size[1]);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        var settings = new RecordingCpuBenchmark.Settings(cameras, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup),
                width, height, 25, bitrate, recorderJar, output.resolve("b2-work"));
        RecordingCpuBenchmark.Result result = new RecordingCpuBenchmark(settings).run();
        Files.createDirectories(output);
        Files.writeString(output.resolve("b2-recording-cpu.json"), result.toJson().toString());
        Files.writeString(output.resolve("b2-recording-cpu.md"), result.table() + "\n");
        System.out.println(result.table());
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
