package org.argusvms.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A subscriber on {@code /api/v1/events/ws}, as a browser would connect: the token in the query string. */
public final class EventSocket implements AutoCloseable {

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final List<JsonObject> seen = new ArrayList<>();
    /** Received but not yet returned by {@link #await}: messages may arrive in any order. */
    private final List<JsonObject> unclaimed = new ArrayList<>();
    /** Held for the socket's lifetime: the JDK closes the WebSockets of an HttpClient the garbage collector takes. */
    private final HttpClient client = HttpClient.newHttpClient();
    private final WebSocket socket;

    private EventSocket(String url, String token) {
        String query = token == null ? "" : "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        this.socket = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(url + query), new Collector()).join();
    }

    /** The endpoint's address: the API base with ws instead of http. */
    public static String url() {
        return ArgusStack.apiUrl().replaceFirst("^http", "ws") + "/events/ws";
    }

    /** Opens the socket; throws (CompletionException around WebSocketHandshakeException) if the server refuses it. */
    public static EventSocket open(String token) {
        return new EventSocket(url(), token);
    }

    /** Opens another WebSocket of the API, {@code path} relative to its base (e.g. "/configuration/ws"). */
    public static EventSocket openApi(String path, String token) {
        return new EventSocket(ArgusStack.apiUrl().replaceFirst("^http", "ws") + path, token);
    }

    /** Sends a subscription and waits for its confirmation. */
    public void subscribe(JsonObject subscription) {
        socket.sendText(subscription.toString(), true).join();
        JsonObject answer = await(message -> !"event".equals(message.getString("type")), Duration.ofSeconds(10));
        if (!"subscribed".equals(answer.getString("type"))) {
            throw new AssertionError("subscription refused: " + answer);
        }
    }

    /** The first message satisfying {@code wanted} that an earlier call did not return, waiting for it if needed. */
    public JsonObject await(Predicate<JsonObject> wanted, Duration timeout) {
        for (JsonObject message : unclaimed) {
            if (wanted.test(message)) {
                unclaimed.remove(message);
                return message;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                JsonObject message = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (message == null) {
                    throw new AssertionError("no matching WebSocket message within " + timeout + "; seen " + seen);
                }
                seen.add(message);
                if (wanted.test(message)) {
                    return message;
                }
                unclaimed.add(message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every message received so far, including those {@link #await} skipped. */
    public List<JsonObject> seen() {
        List<JsonObject> arrived = new ArrayList<>();
        received.drainTo(arrived);
        seen.addAll(arrived);
        unclaimed.addAll(arrived);
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null).join();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
