package org.argusvms.recorder.protocol.log;

/** What a log entry records; each kind has its own retention on the log server. */
public enum LogKind {
    /** What a component did or failed to do: device failures, disk full, internal errors. */
    SYSTEM,
    /** What a user did: administration and operator actions, including refused ones. */
    AUDIT,
    /** What a rule of the rule system decided to log. */
    RULE
}
