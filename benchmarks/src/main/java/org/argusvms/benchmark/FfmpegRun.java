package org.argusvms.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs ffmpeg/ffprobe to completion: the peers of the media benchmarks and the checks of what each produced. */
final class FfmpegRun {

    private static final long TIMEOUT_MINUTES = 30;

    private FfmpegRun() {
    }

    /** Runs the command, its output into {@code log}; fails with the log's tail unless it exits 0. Returns nanoseconds. */
    static long run(Path log, String... command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(command[0] + " did not finish: " + String.join(" ", command));
        }
        long elapsed = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            String text = Files.readString(log).strip();
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                    + text.substring(Math.max(0, text.length() - 1000)));
        }
        return elapsed;
    }

    /** Time until ffmpeg has decoded the first video frame of {@code input} (and exited), in nanoseconds. */
    static long firstFrame(Path log, List<String> inputOptions, String input) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-loglevel", "error"));
        command.addAll(inputOptions);
        command.addAll(List.of("-i", input, "-frames:v", "1", "-f", "null", "-"));
        return run(log, command.toArray(String[]::new));
    }

    /** The container duration ffprobe reports, in seconds. */
    static double durationSeconds(Path file, Path log) throws IOException, InterruptedException {
        return Double.parseDouble(probe(log, "-show_entries", "format=duration", "-of", "default=nw=1:nk=1",
                file.toString()).strip());
    }

    /** The media payload of a file: the sum of its H.264 sample sizes (packets), as ffprobe reads them. */
    static Payload payload(Path file, Path log) throws IOException, InterruptedException {
        long bytes = 0;
        long packets = 0;
        for (String line : probe(log, "-select_streams", "v:0", "-show_entries", "packet=size", "-of", "csv=p=0",
                file.toString()).split("\n")) {
            if (!line.isBlank()) {
                bytes += Long.parseLong(line.strip().replace(",", ""));
                packets++;
            }
        }
        return new Payload(bytes, packets);
    }

    record Payload(long bytes, long samples) {

        Payload plus(Payload other) {
            return new Payload(bytes + other.bytes, samples + other.samples);
        }
    }

    private static String probe(Path log, String... arguments) throws IOException, InterruptedException {
        Path output = Files.createTempFile(log.getParent(), "ffprobe-", ".out");
        try {
            List<String> command = new ArrayList<>(List.of("ffprobe", "-v", "error"));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                    .redirectError(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("ffprobe cannot read " + arguments[arguments.length - 1] + ": "
                        + Files.readString(log).strip());
            }
            return Files.readString(output);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
