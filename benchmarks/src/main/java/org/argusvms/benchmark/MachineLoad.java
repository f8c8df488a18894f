package org.argusvms.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The 1-minute load average, recorded beside the figures: on a shared 2-core machine, other work running during a
 * benchmark changes the results, and the reader should see when it did.
 */
final class MachineLoad {

    private MachineLoad() {
    }

    static double oneMinuteAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
