package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A camera's second stream through the whole stack: an administrator sets it over REST, the live-access grant then
 * lists both streams, and a viewer of the second one gets the simulator's sub stream from the recorder; a bad URL is
 * refused naming the field and stores nothing.
 */
class SecondStreamIT extends EventServerIT {

    /** The simulator serves each camera's half-size sub stream at camN/sub. */
    private static final String SIMULATOR_CAMERA = "cam2";
    private static final Duration CONNECTED_WITHIN = Duration.ofSeconds(60);

    @Test
    void anAdministratorSetsTheLiveStreamAndViewersOfTheSecondStreamGetTheSubStream() throws Exception {
        JsonObject created = createObject("/cameras", Json.createObjectBuilder().add("name", "Atrium " + marker)
                .add("streamUrl", ArgusStack.cameraUrl(SIMULATOR_CAMERA)).add("recorderId", ArgusStack.RECORDER_ID)
                .build());
        String camera = created.getString("id");
        assertEquals("PRIMARY", created.getString("liveStream"), "a new camera's default: one stream");
        assertEquals(List.of("primary"), streams(liveAccess(camera)));

        String subStream = ArgusStack.cameraUrl(SIMULATOR_CAMERA) + "/sub";
        Answer changed = api.putJson("/cameras/" + camera, admin, change(created, "SECONDARY", subStream));
        assertEquals(200, changed.status(), changed.body());
        assertEquals("SECONDARY", changed.json().getString("liveStream"));
        assertEquals(subStream, changed.json().getString("liveStreamUrl"));

        JsonObject grant = liveAccess(camera);
        assertEquals(List.of("primary", "secondary"), streams(grant));
        // until the recorder's second connection streams, a viewer of the second stream gets the primary
        JsonObject init = Await.until("the recorder's second stream connected", CONNECTED_WITHIN, () -> {
            try {
                JsonObject answer = initOf(liveAccess(camera).getJsonObject("streamUrls").getString("secondary"));
                return "secondary".equals(answer.getString("stream")) ? answer : null;
            } catch (Exception e) {
                return null; // the camera's first frame not there yet: no init within the wait
            }
        });
        assertEquals(640, init.getInt("width"), init.toString());
        // the camera view shows what the recorder last reported (it may lag the viewer by a status poll)
        JsonObject reported = Await.until("the camera view's report of the second stream", CONNECTED_WITHIN, () -> {
            JsonObject view = api.get("/cameras/" + camera, admin).json().getJsonObject("secondaryStream");
            boolean streaming = view != null && "STREAMING".equals(view.getString("state"));
            return streaming && view.containsKey("width") ? view : null;
        });
        assertEquals(List.of(640, 360), List.of(reported.getInt("width", 0), reported.getInt("height", 0)),
                "the camera view: " + reported);
        JsonObject primary = initOf(liveAccess(camera).getJsonObject("streamUrls").getString("primary"));
        assertEquals(List.of("primary", 1280), List.of(primary.getString("stream"), primary.getInt("width")));

        JsonObject stored = api.get("/cameras/" + camera, admin).json();
        Answer refused = api.putJson("/cameras/" + camera, admin,
                change(stored, "SECONDARY", "http://127.0.0.1/not-rtsp"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.body().contains("\"field\":\"liveStreamUrl\""), refused.body());
        JsonObject after = api.get("/cameras/" + camera, admin).json();
        assertEquals(subStream, after.getString("liveStreamUrl"), "nothing stored");
        assertEquals(stored.getJsonNumber("version"), after.getJsonNumber("version"), "nothing stored");
    }

    @Test
    void aNewCameraWithABadLiveStreamUrlIsRefusedAndNotCreated() {
        String name = "Refused " + marker;
        Answer refused = api.postJson("/cameras", admin, Json.createObjectBuilder().add("name", name)
                .add("streamUrl", ArgusStack.cameraUrl(SIMULATOR_CAMERA)).add("recorderId", ArgusStack.RECORDER_ID)
                .add("liveStream", "SECONDARY").add("liveStreamUrl", "rtsp://admin:secret@127.0.0.1/sub").build());

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"liveStreamUrl\""), refused.body());
        assertFalse(refused.body().contains("secret"), "the password is not echoed: " + refused.body());
        assertFalse(api.get("/cameras", admin).body().contains(name), "no camera stored");
    }

    private JsonObject liveAccess(String camera) {
        Answer grant = api.post("/cameras/" + camera + "/live-access", operator, "application/json", "");
        assertEquals(200, grant.status(), grant.body());
        return grant.json();
    }

    private static List<String> streams(JsonObject grant) {
        return grant.getJsonArray("streams").getValuesAs(JsonString::getString);
    }

    /** The first message the recorder sends a viewer of {@code url}: its init, which names the stream it serves. */
    private static JsonObject initOf(String url) throws Exception {
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url),
                new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        first.complete(data.toString());
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            return Json.createReader(new StringReader(first.get(10, TimeUnit.SECONDS))).readObject();
        } finally {
            socket.abort();
        }
    }

    /** The camera's configuration as read, with another live stream, based on the version read. */
    private static JsonObject change(JsonObject camera, String liveStream, String liveStreamUrl) {
        return Json.createObjectBuilder().add("name", camera.getString("name"))
                .add("streamUrl", camera.getString("streamUrl")).add("recorderId", camera.getString("recorderId"))
                .add("recordingMode", camera.getString("recordingMode"))
                .add("version", camera.getJsonNumber("version").longValue())
                .add("liveStream", liveStream).add("liveStreamUrl", liveStreamUrl).build();
    }
}
