package org.argusvms.recorder.storage;

import java.time.Duration;

/**
 * How long and how much of one camera's video to keep; null means no limit of that kind.
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

    public static RetentionPolicy of(Integer hours, Long megabytes) {
        return new RetentionPolicy(hours == null ? null : Duration.ofHours(hours),
                megabytes == null ? null : megabytes * 1024 * 1024);
    }
}
