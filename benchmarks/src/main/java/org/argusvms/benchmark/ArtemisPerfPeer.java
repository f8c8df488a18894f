package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The peer of B8: Apache Artemis's own {@code artemis perf client} against a standalone broker made with
 * {@code artemis create} on this machine (the same broker WildFly embeds), persistent messages on one queue, one
 * producer and one consumer. Two runs: unbounded (throughput) and paced at the latency rate (send → receive time).
 */
final class ArtemisPerfPeer {

    /** One perf-client run: messages received per second outside warm-up, and its transfer-time percentiles. */
    record Run(String mode, double receivedPerSecond, long received, double p50Ms, double p99Ms, double maxMs) {

        JsonObject toJson() {
            return Json.createObjectBuilder().add("mode", mode).add("receivedPerSecond", Latencies.round(receivedPerSecond))
                    .add("received", received).add("p50Ms", Latencies.round(p50Ms)).add("p99Ms", Latencies.round(p99Ms))
                    .add("maxMs", Latencies.round(maxMs)).build();
        }
    }

    private final Path artemisHome;
    private final Path workDir;
    private final int port;
    private final int messageSize;

    ArtemisPerfPeer(Path artemisHome, Path workDir, int port, int messageSize) {
        this.artemisHome = artemisHome;
        this.workDir = workDir;
        this.port = port;
        this.messageSize = messageSize;
    }

    /** Creates and starts the broker, runs both measurements ({@code duration} each after its warm-up), stops it. */
    List<Run> measure(Duration duration, Duration warmup, int latencyRate) throws Exception {
        Path broker = workDir.resolve("artemis-broker");
        run(List.of(artemis().toString(), "create", broker.toString(), "--silent", "--force", "--user", "bench",
                "--password", "bench", "--require-login", "--no-web", "--no-amqp-acceptor", "--no-mqtt-acceptor",
                "--no-stomp-acceptor", "--no-hornetq-acceptor", "--default-port", Integer.toString(port),
                "--java-memory", "512M"), workDir.resolve("artemis-create.log"), Duration.ofMinutes(2));
        Process server = new ProcessBuilder(broker.resolve("bin/artemis").toString(), "run").redirectErrorStream(true)
                .redirectOutput(workDir.resolve("artemis-broker.log").toFile()).start();
        try {
            ChildProcesses.awaitPort(server, port, "Artemis broker (log " + workDir.resolve("artemis-broker.log") + ")");
            List<Run> runs = new ArrayList<>();
            runs.add(perfClient("unbounded, 100 in flight", List.of("--max-pending", "100"), duration, warmup));
            runs.add(perfClient(latencyRate + "/s", List.of("--rate", Integer.toString(latencyRate), "--max-pending", "100"),
                    duration, warmup));
            return runs;
        } finally {
            ChildProcesses.stop(server, 30);
        }
    }

    private Run perfClient(String mode, List<String> pacing, Duration duration, Duration warmup) throws Exception {
        Path report = workDir.resolve("artemis-perf-" + mode.replaceAll("[^a-z0-9]+", "-") + ".json");
        Files.deleteIfExists(report);
        List<String> command = new ArrayList<>(List.of(artemis().toString(), "perf", "client",
                "--url", "tcp://127.0.0.1:" + port, "--user", "bench", "--password", "bench", "--persistent",
                "--message-size", Integer.toString(messageSize), "--duration", Long.toString(duration.plus(warmup).toSeconds()),
                "--warmup", Long.toString(warmup.toSeconds()), "--json", report.toString()));
        command.addAll(pacing);
        command.add("queue://BENCH");
        run(command, workDir.resolve("artemis-perf.log"), duration.plus(warmup).plusSeconds(60));
        JsonArray samples;
        try (Reader reader = Files.newBufferedReader(report)) {
            samples = Json.createReader(reader).readArray();
        }
        long received = 0;
        int intervals = 0;
        JsonObject summary = null;
        for (JsonValue value : samples) {
            JsonObject sample = value.asJsonObject();
            if ("summary".equals(sample.getString("sampleType", ""))) {
                summary = sample;
            } else if (!sample.getBoolean("warmup", false)) {
                received += sample.getJsonNumber("received").longValue();
                intervals++;
            }
        }
        if (summary == null || intervals == 0) {
            throw new IllegalStateException("artemis perf client wrote no summary: " + report);
        }
        JsonObject transfer = summary.getJsonObject("totalTransferTime");
        // interval samples are one second apart
        return new Run(mode, (double) received / intervals, summary.getJsonNumber("totalReceived").longValue(),
                micros(transfer, "50"), micros(transfer, "99"), micros(transfer, "max"));
    }

    private static double micros(JsonObject histogram, String key) {
        return histogram.getJsonNumber(key).doubleValue() / 1000;
    }

    private Path artemis() {
        return artemisHome.resolve("bin/artemis");
    }

    private static void run(List<String> command, Path log, Duration timeout) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command.get(1) + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command.get(1) + " failed with " + process.exitValue() + "; see " + log);
        }
    }
}
