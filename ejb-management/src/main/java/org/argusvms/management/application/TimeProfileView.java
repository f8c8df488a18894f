package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A time profile with its state at the time of the request: {@code active} now, and when that next changes
 * ({@code nextTransitionAt}, null if never).
 */
public record TimeProfileView(String id, String name, String description, String timeZone,
                              List<TimeProfileInterval> intervals, boolean active, Instant nextTransitionAt,
                              long version) implements Serializable {
}
