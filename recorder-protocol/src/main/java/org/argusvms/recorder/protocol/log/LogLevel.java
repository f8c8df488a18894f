package org.argusvms.recorder.protocol.log;

/** Severity of a log entry, declared from least to most severe so that {@link #isAtLeast} can compare them. */
public enum LogLevel {
    INFO, WARNING, ERROR;

    /** True if this level is as severe as {@code threshold} or more. */
    public boolean isAtLeast(LogLevel threshold) {
        return compareTo(threshold) >= 0;
    }
}
