package org.argusvms.benchmark;

import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.RecorderStatus;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A recorder process without a management server, as the media benchmarks run it: its command line on free ports,
 * and configuring its cameras over the command port once it listens.
 */
final class StandaloneRecorder {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private StandaloneRecorder() {
    }

    static List<String> commandLine(Path recorderJar, String id, Path storage, int controlPort) throws IOException {
        return commandLine(recorderJar, id, storage, controlPort, freePort());
    }

    static List<String> commandLine(Path recorderJar, String id, Path storage, int controlPort, int mediaPort)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        command.addAll(RecorderJvmOptions.forJar(recorderJar));
        command.addAll(List.of("-jar", recorderJar.toString(), "--id", id,
                "--storage", storage.toString(), "--bind-host", "127.0.0.1", "--control-port", Integer.toString(controlPort),
                "--media-port", Integer.toString(mediaPort), "--management-port", Integer.toString(freePort())));
        return command;
    }

    /** {@code java -jar recorder-native.jar check --storage DIR} (output into {@code log}): 0 when the storage is consistent. */
    static int check(Path recorderJar, Path storage, Path log) throws Exception {
        Process check = new ProcessBuilder("java", "-jar", recorderJar.toString(), "check", "--storage",
                storage.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!check.waitFor(5, TimeUnit.MINUTES)) {
            check.destroyForcibly();
            return -1;
        }
        return check.exitValue();
    }

    /** Applies the cameras once the recorder listens, and waits until every one of them streams. */
    static void applyAndAwaitStreaming(BooleanSupplier alive, int controlPort, List<CameraConfiguration> cameras)
            throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try (RecorderCommandClient control = new RecorderCommandClient(controlPort)) {
                for (CameraConfiguration camera : cameras) {
                    control.apply(camera);
                }
                while (System.nanoTime() < deadline) {
                    RecorderStatus status = control.status();
                    if (status.cameras().stream().filter(camera -> "STREAMING".equals(camera.state())).count()
                            == cameras.size()) {
                        return;
                    }
                    Thread.sleep(200);
                }
                throw new IllegalStateException("not every camera streams: " + control.status());
            } catch (IOException notYetListening) {
                if (!alive.getAsBoolean() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the recorder did not open its control port", notYetListening);
                }
                Thread.sleep(200);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
