package org.argusvms.benchmark;

import java.io.IOException;
import java.net.Socket;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Waiting for and stopping the processes a benchmark starts (recorders, brokers). */
final class ChildProcesses {

    private ChildProcesses() {
    }

    /** Waits up to a minute until {@code port} accepts connections; fails at once if the process exits. */
    static void awaitPort(Process process, int port, String name) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(name + " did not open port " + port);
                }
                Thread.sleep(200);
            }
        }
    }

    /** SIGTERM, then SIGKILL if the process is still there after {@code graceSeconds}. */
    static void stop(Process process, int graceSeconds) {
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
