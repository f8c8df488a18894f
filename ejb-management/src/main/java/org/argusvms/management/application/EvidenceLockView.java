package org.argusvms.management.application;

import org.argusvms.management.domain.model.evidence.EvidenceLock;

import java.io.Serializable;
import java.time.Instant;

public record EvidenceLockView(String id, String cameraId, Instant from, Instant to, String reason, String createdBy,
                               Instant createdAt) implements Serializable {

    public static EvidenceLockView of(EvidenceLock lock) {
        return new EvidenceLockView(lock.id(), lock.cameraId(), lock.from(), lock.to(), lock.reason(),
                lock.createdBy(), lock.createdAt());
    }
}
