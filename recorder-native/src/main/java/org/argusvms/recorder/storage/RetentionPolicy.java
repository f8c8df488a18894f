package org.argusvms.recorder.storage;

import java.time.Duration;

/**
 * How long and how much video to keep (of one camera, or of one storage); null means no limit of that kind.
 *
 * @param maxAge   segments that ended longer ago than this are deleted
 * @param maxBytes beyond this total, the oldest segments are deleted
 */
public record RetentionPolicy(Duration maxAge, Long maxBytes) {

    public static final RetentionPolicy UNLIMITED = new RetentionPolicy(null, null);

    public RetentionPolicy {
        if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
            throw new IllegalArgumentException("retention age must be positive");
        }
        if (maxBytes != null && maxBytes <= 0) {
            throw new IllegalArgumentException("retention size must be positive");
        }
    }

    /** The limits of everything recorded in {@code storage}. */
    public static RetentionPolicy of(org.argusvms.recorder.protocol.StorageConfiguration storage) {
        return new RetentionPolicy(storage.retentionDays() == null ? null : Duration.ofDays(storage.retentionDays()),
                storage.maxBytes());
    }

    public static RetentionPolicy of(Integer hours, Long megabytes) {
        return new RetentionPolicy(hours == null ? null : Duration.ofHours(hours),
                megabytes == null ? null : megabytes * 1024 * 1024);
    }
}
