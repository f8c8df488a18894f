package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * The recorder holding a camera's recordings of {@code [from, until)} ({@code until} null: up to now), with its
 * recorder URLs carrying the same playback ticket as {@link PlaybackAccess} (every recorder checks it).
 */
public record PlaybackSpan(String recorderId, Instant from, Instant until, String recordingsUrl, String clipUrl,
                           String snapshotUrl, String motionUrl) implements Serializable {
}
