package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live sound is a right of its own (AUDIO_LISTEN): on a camera with AAC audio, an administrator (who has it) gets a
 * live stream whose init segment carries an audio track, an operator (who has LIVE but not AUDIO_LISTEN) gets the
 * video alone, through the same REST call and the same recorder.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
class LiveAudioIT {

    private static final String CAMERA = "Doorbell";

    private final ApiClient api = ArgusStack.api();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @Test
    void aUserWithAudioListenHearsTheCameraAndOneWithoutGetsVideoOnly() throws Exception {
        String cameraId = ArgusStack.ensureCamera(CAMERA, ArgusStack.AUDIO_SIMULATOR_CAMERA);
        String adminToken = api.token("admin", "admin");
        Await.until("the camera streaming", Duration.ofSeconds(60), () ->
                "STREAMING".equals(api.get("/cameras/" + cameraId, adminToken).json().getString("state")) ? true : null);

        Answer admin = liveAccess(cameraId, adminToken);
        Answer operator = liveAccess(cameraId, api.token("operator", "operator"));

        assertTrue(admin.json().getBoolean("audio"), admin.body());
        assertFalse(operator.json().getBoolean("audio"), operator.body());
        Received withSound = receive(admin.json().getString("webSocketUrl"));
        Received videoOnly = receive(operator.json().getString("webSocketUrl"));
        assertTrue(withSound.init().getBoolean("audio"), withSound.init().toString());
        assertTrue(withSound.init().getString("mime").contains("mp4a.40.2"), withSound.init().toString());
        assertEquals(2, withSound.tracks(), "video and sound tracks in the init segment");
        assertFalse(videoOnly.init().getBoolean("audio"), videoOnly.init().toString());
        assertFalse(videoOnly.init().getString("mime").contains("mp4a"), videoOnly.init().toString());
        assertEquals(1, videoOnly.tracks(), "the video track only");
    }

    private Answer liveAccess(String cameraId, String token) {
        Answer answer = api.post("/cameras/" + cameraId + "/live-access", token, "application/json", "");
        assertEquals(200, answer.status(), answer.body());
        return answer;
    }

    private record Received(JsonObject init, int tracks) {
    }

    /** The init message and init segment of a live stream; waits for the camera's audio to be known. */
    private static Received receive(String url) throws Exception {
        List<String> texts = new CopyOnWriteArrayList<>();
        List<byte[]> binaries = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> initSegment = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new WebSocket.Listener() {
                    private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        texts.add(data.toString());
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
                        byte[] bytes = new byte[data.remaining()];
                        data.get(bytes);
                        partial.writeBytes(bytes);
                        if (last) {
                            binaries.add(partial.toByteArray());
                            partial.reset();
                            initSegment.complete(null);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            initSegment.get(30, TimeUnit.SECONDS);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        JsonObject init = Json.createReader(new StringReader(texts.get(0))).readObject();
        return new Received(init, countTraks(binaries.get(0)));
    }

    /** trak boxes directly inside moov. */
    private static int countTraks(byte[] init) {
        ByteBuffer data = ByteBuffer.wrap(init);
        int count = 0;
        int position = 0;
        while (position + 8 <= init.length) {
            int size = data.getInt(position);
            String type = new String(init, position + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (type.equals("moov")) {
                for (int child = position + 8; child + 8 <= position + size; child += data.getInt(child)) {
                    if (new String(init, child + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("trak")) {
                        count++;
                    }
                }
            }
            position += Math.max(8, size);
        }
        return count;
    }
}
