package org.argusvms.benchmark;

import java.io.IOException;
import java.util.List;

/** CPU used by a set of processes between two instants, as a share of one core. */
final class CpuSample {

    private final List<Process> processes;
    private final double[] start;
    private final long startNanos;

    private CpuSample(List<Process> processes, double[] start, long startNanos) {
        this.processes = processes;
        this.start = start;
        this.startNanos = startNanos;
    }

    static CpuSample begin(List<Process> processes) throws IOException {
        return new CpuSample(processes, total(processes), System.nanoTime());
    }

    /** Returns {user, system} CPU as percent of one core over the elapsed wall time. */
    double[] endPercentOfOneCore() throws IOException {
        double[] end = total(processes);
        double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
        return new double[] {100 * (end[0] - start[0]) / wallSeconds, 100 * (end[1] - start[1]) / wallSeconds};
    }

    private static double[] total(List<Process> processes) throws IOException {
        double user = 0;
        double system = 0;
        for (Process process : processes) {
            double[] times = ProcessCpu.userAndSystemSeconds(process.pid());
            user += times[0];
            system += times[1];
        }
        return new double[] {user, system};
    }
}
