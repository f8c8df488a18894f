package org.argusvms.events.domain.model.rule;

/** RUNNING while the actions run; OK if all succeeded; FAILED if any failed (the others still ran). */
public enum ExecutionOutcome {
    RUNNING, OK, FAILED
}
