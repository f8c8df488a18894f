package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;

/** Where and until when a client may open a camera's live stream (a WebSocket URL carrying a signed ticket). */
public record LiveStreamAccess(String cameraId, String webSocketUrl, Instant expiresAt) implements Serializable {
}
