package org.argusvms.benchmark;

import jakarta.json.JsonValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Real recorder-native processes, one per recording server (the recorder has one identity per process), each
 * registering with the management server through the resource adapter like a production recorder. By default small
 * heaps and the C1 compiler only: such recorders hold configuration and answer commands, they receive no media.
 */
final class RecorderFleet implements AutoCloseable {

    /** JVM options of recorders that only hold configuration. */
    static final List<String> CONFIGURATION_ONLY = List.of("-Xmx48m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");
    /** JVM options of recorders that receive, record and serve media: a larger heap and the recorder's own options. */
    static List<String> media(Path recorderJar) {
        List<String> options = new ArrayList<>(List.of("-Xmx512m"));
        options.addAll(RecorderJvmOptions.forJar(recorderJar));
        return options;
    }

    private final String idPrefix;
    private final List<String> jvmOptions;
    private final Path recorderJar;
    private final Path workDir;
    private final int count;
    private final int basePort;
    private final int managementPort;
    private final List<Process> processes = new ArrayList<>();

    RecorderFleet(Path recorderJar, Path workDir, int count, int basePort, int managementPort) {
        this("bench-rec-", CONFIGURATION_ONLY, recorderJar, workDir, count, basePort, managementPort);
    }

    /** Recorders {@code <idPrefix>01}, ... run with these JVM options; recorder i listens on basePort + 2i and +1. */
    RecorderFleet(String idPrefix, List<String> jvmOptions, Path recorderJar, Path workDir, int count, int basePort,
                  int managementPort) {
        this.idPrefix = idPrefix;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.recorderJar = recorderJar;
        this.workDir = workDir;
        this.count = count;
        this.basePort = basePort;
        this.managementPort = managementPort;
    }

    static String id(int index) {
        return String.format("bench-rec-%02d", index + 1);
    }

    String recorderId(int index) {
        return String.format("%s%02d", idPrefix, index + 1);
    }

    int count() {
        return count;
    }

    int controlPort(int index) {
        return basePort + 2 * index;
    }

    /** Starts every recorder process (forgetting configuration from earlier runs if {@code fresh}). */
    void start(boolean fresh) throws IOException {
        for (int i = 0; i < count; i++) {
            Path storage = workDir.resolve(recorderId(i));
            if (fresh) {
                deleteTree(storage);
            }
            Files.createDirectories(storage);
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", recorderJar.toString(), "--id", recorderId(i), "--name",
                    "Benchmark recorder " + (i + 1),
                    "--storage", storage.toString(), "--control-port", Integer.toString(controlPort(i)),
                    "--media-port", Integer.toString(controlPort(i) + 1), "--management-host", "127.0.0.1",
                    "--management-port", Integer.toString(managementPort), "--advertise-host", "127.0.0.1"));
            processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(
                    ProcessBuilder.Redirect.appendTo(workDir.resolve(recorderId(i) + ".log").toFile())).start());
        }
    }

    /** Stops every recorder and, if {@code forgetConfiguration}, deletes what each stored (its camera list). */
    void stop(boolean forgetConfiguration) throws IOException {
        processes.forEach(Process::destroy); // all at once: each then has its grace time in parallel
        processes.forEach(process -> ChildProcesses.stop(process, 20));
        processes.clear();
        if (forgetConfiguration) {
            for (int i = 0; i < count; i++) {
                deleteTree(workDir.resolve(recorderId(i)));
            }
        }
    }

    /** Waits until the management server lists every recorder of the fleet as online. */
    void awaitOnline(ArgusApi api, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> wanted = Stream.iterate(0, i -> i + 1).limit(count).map(this::recorderId).collect(Collectors.toSet());
        while (true) {
            ArgusApi.Reply reply = api.get("/recording-servers");
            if (reply.status() == 200) {
                long online = reply.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                        .filter(server -> wanted.contains(server.getString("id")) && server.getBoolean("online"))
                        .count();
                if (online == count) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not every recorder registered within " + timeout + ": " + reply.body());
            }
            processes.stream().filter(p -> !p.isAlive()).findFirst().ifPresent(dead -> {
                throw new IllegalStateException("a recorder exited; see the logs in " + workDir);
            });
            Thread.sleep(500);
        }
    }

    /** How many cameras each recorder reports over its command port (-1 for one that does not answer). */
    int[] cameraCounts() {
        int[] counts = new int[count];
        for (int i = 0; i < count; i++) {
            try (RecorderCommandClient client = new RecorderCommandClient(controlPort(i))) {
                counts[i] = client.status().cameras().size();
            } catch (IOException e) {
                counts[i] = -1;
            }
        }
        return counts;
    }

    /** Waits until each recorder reports {@code perRecorder} cameras; returns false on timeout. */
    boolean awaitCameras(int perRecorder, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Arrays.stream(cameraCounts()).allMatch(n -> n >= perRecorder)) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** Resident memory of each recorder process in MiB (from /proc/PID/status). */
    List<Double> residentMebibytes() throws IOException {
        List<Double> sizes = new ArrayList<>();
        for (Process process : processes) {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    sizes.add(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
                }
            }
        }
        return sizes;
    }

    @Override
    public void close() throws IOException {
        stop(false);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
