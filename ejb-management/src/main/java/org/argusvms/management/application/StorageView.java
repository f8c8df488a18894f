package org.argusvms.management.application;

import java.io.Serializable;
import java.util.List;

/**
 * A storage as clients see it: its definition, the cameras recording there ({@code cameraIds}; cameras that name no
 * storage record to the default one) and {@code usage} as its recorder reports it (null while the recorder cannot
 * be asked).
 */
public record StorageView(String id, String recordingServerId, String name, String path, Integer retentionDays,
                          Integer maxSizeGiB, boolean defaultStorage, List<String> cameraIds, StorageUsageView usage,
                          long version) implements Serializable {
}
