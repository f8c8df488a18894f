package org.argusvms.web.live;

import jakarta.json.Json;
import org.argusvms.management.application.LiveStreamAccess;

/** The JSON bodies of {@code /live-access}, read by live-player.js. */
final class LiveAccessJson {

    private LiveAccessJson() {
    }

    /** {@code {"cameraId":…,"url":"ws://…?ticket=…","expiresAt":"ISO-8601"}} */
    static String grant(LiveStreamAccess access) {
        return Json.createObjectBuilder()
                .add("cameraId", access.cameraId())
                .add("url", access.webSocketUrl())
                .add("expiresAt", access.expiresAt().toString())
                .build()
                .toString();
    }

    /** {@code {"error":…}}: a message meant for the operator, never a stack trace. */
    static String error(String message) {
        return Json.createObjectBuilder().add("error", message).build().toString();
    }
}
