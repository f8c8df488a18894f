package org.argusvms.management.application;

import java.io.Serializable;

/**
 * A camera as clients see it: configuration without secrets, plus the live state its recorder reports
 * ({@code state} is CONNECTING, STREAMING, DISCONNECTED, DISABLED or UNKNOWN when the recorder cannot be asked).
 */
public record CameraView(String id, String name, String streamUrl, String recorderId, String recordingMode,
                         boolean enabled, long version, String state, String lastError) implements Serializable {
}
