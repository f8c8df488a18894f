package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the recorder reports about a storage: size and free space of its file system, the bytes of recordings kept
 * there and the start of the oldest one (null: none).
 */
public record StorageUsageView(long totalBytes, long usedBytes, long freeBytes, Instant oldestRecording)
        implements Serializable {
}
