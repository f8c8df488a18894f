package org.argusvms.web.live;

import jakarta.json.JsonObjectBuilder;
import org.argusvms.management.application.LiveStreamAccess;
import org.argusvms.json.Jsons;

/** The JSON bodies of {@code /live-access}, read by live-player.js. */
final class LiveAccessJson {

    private LiveAccessJson() {
    }

    /**
     * {@code {"cameraId":…,"url":"ws://…?ticket=…","expiresAt":"ISO-8601","audio":bool,"streams":["primary",
     * "secondary"],"streamUrls":{"primary":…,"secondary":…}}}: {@code url} is the primary stream's, audio says
     * whether the user may listen.
     */
    static String grant(LiveStreamAccess access) {
        JsonObjectBuilder urls = Jsons.objectBuilder();
        access.streamUrls().forEach(urls::add);
        return Jsons.objectBuilder()
                .add("cameraId", access.cameraId())
                .add("url", access.webSocketUrl())
                .add("expiresAt", access.expiresAt().toString())
                .add("audio", access.audio())
                .add("streams", Jsons.arrayBuilder(access.streams()))
                .add("streamUrls", urls)
                .build()
                .toString();
    }

    /** {@code {"error":…}}: a message meant for the operator, never a stack trace. */
    static String error(String message) {
        return Jsons.objectBuilder().add("error", message).build().toString();
    }
}
