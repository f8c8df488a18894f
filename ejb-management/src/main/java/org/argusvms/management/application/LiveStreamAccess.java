package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where and until when a client may open a camera's live stream (a WebSocket URL carrying a signed ticket), and
 * whether that ticket lets the stream carry the camera's sound (the caller has AUDIO_LISTEN on the camera).
 * {@code webSocketUrl} opens the primary stream (the recorded one); {@code streams} names the streams the camera
 * offers ({@code primary}, and {@code secondary} when it has a second stream for small tiles) and {@code streamUrls}
 * the URL of each (the same ticket). A viewer of the secondary gets the primary while the second stream is down.
 */
public record LiveStreamAccess(String cameraId, String webSocketUrl, Instant expiresAt, boolean audio,
                               List<String> streams, Map<String, String> streamUrls) implements Serializable {

    public static final String PRIMARY = "primary";
    public static final String SECONDARY = "secondary";

    public LiveStreamAccess {
        streams = List.copyOf(streams);
        streamUrls = Collections.unmodifiableMap(new LinkedHashMap<>(streamUrls));
    }

    /** One stream, with sound if {@code audio}. */
    public LiveStreamAccess(String cameraId, String webSocketUrl, Instant expiresAt, boolean audio) {
        this(cameraId, webSocketUrl, expiresAt, audio, List.of(PRIMARY), Map.of(PRIMARY, webSocketUrl));
    }

    /** Video only, one stream. */
    public LiveStreamAccess(String cameraId, String webSocketUrl, Instant expiresAt) {
        this(cameraId, webSocketUrl, expiresAt, false);
    }

    /** A camera whose second stream, if {@code secondary}, is reached with {@code &stream=secondary}. */
    public static LiveStreamAccess of(String cameraId, String webSocketUrl, Instant expiresAt, boolean audio,
                                      boolean secondary) {
        if (!secondary) {
            return new LiveStreamAccess(cameraId, webSocketUrl, expiresAt, audio);
        }
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put(PRIMARY, webSocketUrl + "&stream=" + PRIMARY);
        urls.put(SECONDARY, webSocketUrl + "&stream=" + SECONDARY);
        return new LiveStreamAccess(cameraId, webSocketUrl, expiresAt, audio, List.of(PRIMARY, SECONDARY), urls);
    }
}
