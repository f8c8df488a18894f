package org.argusvms.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real client (ffprobe, gst-launch-1.0) with a time limit and collects its output. */
final class ExternalCommand {

    record Result(int exitCode, String output, Duration elapsed) {

        /** ffprobe's {@code -of default=nw=1} output as key/value pairs. */
        Map<String, String> keyValues() {
            Map<String, String> values = new HashMap<>();
            output.lines().filter(line -> line.contains("=")).forEach(line -> {
                String[] pair = line.split("=", 2);
                values.putIfAbsent(pair[0].trim(), pair[1].trim());
            });
            return values;
        }
    }

    private ExternalCommand() {
    }

    static Result run(Duration timeout, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("argus-sim-command", ".txt");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout
                        + "; output: " + Files.readString(output));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Result(process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8),
                    elapsed);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
