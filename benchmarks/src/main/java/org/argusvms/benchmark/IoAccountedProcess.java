package org.argusvms.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process whose lifetime storage writes are known: it runs under a shell that, once the child is reaped,
 * saves its own {@code /proc/self/io}, which then includes the child's (Linux adds a reaped child's I/O accounting to
 * its parent). {@code write_bytes} is what the process caused to be written to the block device, counted as page
 * cache pages are dirtied: a page written back (fsync) and dirtied again by the next append counts again.
 */
final class IoAccountedProcess {

    private final Process shell;
    private final Path ioFile;
    private final Path log;

    private IoAccountedProcess(Process shell, Path ioFile, Path log) {
        this.shell = shell;
        this.ioFile = ioFile;
        this.log = log;
    }

    static IoAccountedProcess start(Path workDir, String name, List<String> command) throws IOException {
        Path ioFile = workDir.resolve(name + ".io");
        Path log = workDir.resolve(name + ".log");
        Files.deleteIfExists(ioFile);
        List<String> wrapped = new ArrayList<>(List.of("bash", "-c", "\"$@\"; cat /proc/$$/io > " + ioFile, "bash"));
        wrapped.addAll(command);
        Process shell = new ProcessBuilder(wrapped).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new IoAccountedProcess(shell, ioFile, log);
    }

    /** The shell outlives its command only by the moment it takes to save the accounting. */
    boolean alive() {
        return shell.isAlive();
    }

    /** Stops the command after a failure; its figures are of no use then. */
    void abort() {
        shell.children().forEach(ProcessHandle::destroyForcibly);
        ChildProcesses.stop(shell, 5);
    }

    /**
     * Stops the command with SIGTERM (it finishes its files as on any shutdown) and returns the bytes it wrote to
     * storage over its whole life, less its own log output (which a production process would send elsewhere).
     */
    long stopAndGetWriteBytes() throws IOException, InterruptedException {
        // signal the command only: the shell must live on to save the accounting once the command has ended
        shell.children().forEach(ProcessHandle::destroy);
        if (!shell.waitFor(30, TimeUnit.SECONDS)) {
            shell.children().forEach(ProcessHandle::destroyForcibly);
            shell.waitFor(10, TimeUnit.SECONDS);
        }
        long writeBytes = -1;
        for (String line : Files.readAllLines(ioFile)) {
            if (line.startsWith("write_bytes:")) {
                writeBytes = Long.parseLong(line.substring("write_bytes:".length()).strip());
            }
        }
        if (writeBytes < 0) {
            throw new IOException("no write_bytes in " + ioFile);
        }
        return writeBytes - Files.size(log);
    }
}
