package org.argusvms.management.application;

import java.time.Instant;

/** What a client sends to lock a range as evidence. */
public record NewEvidenceLock(String cameraId, Instant from, Instant to, String reason) {
}
