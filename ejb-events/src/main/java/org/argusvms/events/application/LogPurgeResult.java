package org.argusvms.events.application;

import java.io.Serializable;

/** How many entries of each kind one retention run removed. */
public record LogPurgeResult(int system, int audit, int rule) implements Serializable {
}
