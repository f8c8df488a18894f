package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where and until when a client may open a camera's live stream (a WebSocket URL carrying a signed ticket), and
 * whether that ticket lets the stream carry the camera's sound (the caller has AUDIO_LISTEN on the camera).
 */
public record LiveStreamAccess(String cameraId, String webSocketUrl, Instant expiresAt, boolean audio)
        implements Serializable {

    /** Video only. */
    public LiveStreamAccess(String cameraId, String webSocketUrl, Instant expiresAt) {
        this(cameraId, webSocketUrl, expiresAt, false);
    }
}
