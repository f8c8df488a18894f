package org.argusvms.management.application.internal;

import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.recorder.RecordingServer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The URLs of a camera's media routes on its recorder, built from the media URL the recorder registered with. */
final class RecorderMediaUrls {

    private RecorderMediaUrls() {
    }

    static String live(String mediaUrl, String cameraId, String ticket) {
        return base(mediaUrl).replaceFirst("^http", "ws") + "/live/" + cameraId + "?ticket=" + ticket;
    }

    static String route(Camera camera, String route, String ticket) {
        return route(camera.recordingServer(), camera.id(), route, ticket);
    }

    /** A route on a given recorder: after a move, older recordings of the camera are on its previous one. */
    static String route(RecordingServer server, String cameraId, String route, String ticket) {
        return base(server.mediaUrl()) + "/" + route + "/" + cameraId + "?ticket=" + ticket;
    }

    static String withRange(String url, Instant from, Instant to) {
        return url + "&from=" + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8)
                + "&to=" + URLEncoder.encode(to.toString(), StandardCharsets.UTF_8);
    }

    private static String base(String mediaUrl) {
        return mediaUrl.endsWith("/") ? mediaUrl.substring(0, mediaUrl.length() - 1) : mediaUrl;
    }
}
