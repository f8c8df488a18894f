package org.argusvms.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine was beside the figures: on a shared 2-core machine, other work running during a benchmark
 * changes the results, and the reader should see when it did.
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

    /** Starts measuring the whole machine's CPU use (all cores, every process) from now. */
    static CpuWindow cpuWindow() {
        return new CpuWindow(CpuTicks.read());
    }

    /** The machine's CPU use since {@link #cpuWindow()}: busy and stolen (by the hypervisor) shares of all cores. */
    static final class CpuWindow {
        private final CpuTicks start;

        private CpuWindow(CpuTicks start) {
            this.start = start;
        }

        /** {busy percent, steal percent} of all cores since the window opened; {-1, -1} where /proc/stat is absent. */
        double[] percentSoFar() {
            CpuTicks end = CpuTicks.read();
            long total = end.total() - start.total();
            if (start.total() < 0 || end.total() < 0 || total <= 0) {
                return new double[] {-1, -1};
            }
            return new double[] {Latencies.round(100.0 * (end.busy() - start.busy()) / total),
                    Latencies.round(100.0 * (end.steal() - start.steal()) / total)};
        }
    }

    /** The first line of /proc/stat: user nice system idle iowait irq softirq steal … in clock ticks. */
    private record CpuTicks(long total, long busy, long steal) {
        static CpuTicks read() {
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long[] ticks = new long[8];
                for (int i = 0; i < ticks.length; i++) {
                    ticks[i] = Long.parseLong(fields[i + 1]);
                }
                long idle = ticks[3] + ticks[4];
                long total = 0;
                for (long tick : ticks) {
                    total += tick;
                }
                return new CpuTicks(total, total - idle, ticks[7]);
            } catch (IOException | RuntimeException e) {
                return new CpuTicks(-1, -1, -1);
            }
        }
    }
}
