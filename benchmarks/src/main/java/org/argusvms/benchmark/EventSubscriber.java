package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.json.Jsons;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A subscriber on {@code /api/v1/events/ws} that counts the benchmark's generic events and, while a latency window is
 * open, records receive − send for each: the sender writes its {@link System#nanoTime()} into the event text
 * ({@link BenchmarkEventText}), and sender and subscribers share this JVM's clock.
 */
final class EventSubscriber implements AutoCloseable {

    private final String runId;
    /**
     * Held for the socket's lifetime: a JDK HttpClient that becomes unreachable is shut down by the garbage collector
     * together with its WebSockets, which the listener sees as 1006. All four subscribers of a B8 run died that way
     * about 45,000 events in, at the first GC that collected their clients.
     */
    private final HttpClient client = HttpClient.newHttpClient();
    private final WebSocket socket;
    private final CompletableFuture<Void> subscribed = new CompletableFuture<>();
    private final AtomicLong received = new AtomicLong();
    private final BitSet distinct = new BitSet();
    private volatile Latencies latencies;
    private volatile String closedBecause;

    private EventSubscriber(String wsUrl, String token, String runId) {
        this.runId = runId;
        this.socket = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(wsUrl + "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)),
                        new Listener()).join();
    }

    /** Connects and subscribes to generic events; returns once the server confirmed the subscription. */
    static EventSubscriber open(String wsUrl, String token, String runId) throws Exception {
        EventSubscriber subscriber = new EventSubscriber(wsUrl, token, runId);
        subscriber.socket.sendText(Json.createObjectBuilder().add("type", "subscribe")
                .add("eventTypes", Json.createArrayBuilder().add("generic")).build().toString(), true).join();
        subscriber.subscribed.get(10, TimeUnit.SECONDS);
        return subscriber;
    }

    long received() {
        return received.get();
    }

    synchronized int distinctReceived() {
        return distinct.cardinality();
    }

    /** Records latencies into {@code window} from now on (null stops recording). */
    void recordInto(Latencies window) {
        this.latencies = window;
    }

    /** Why the server closed the socket, or null while it is open. */
    String closedBecause() {
        return closedBecause;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null).join();
    }

    private void onMessage(String text) {
        long now = System.nanoTime();
        // the cached provider: Json.createReader looks the provider up each time, which at 20,000 messages a second
        // took CPU from the server under test on this two-core machine
        JsonObject message = Jsons.readObject(text);
        String type = message.getString("type", "");
        if ("subscribed".equals(type)) {
            subscribed.complete(null);
            return;
        }
        if (!"event".equals(type)) {
            subscribed.completeExceptionally(new IllegalStateException("subscription refused: " + text));
            return;
        }
        JsonObject attributes = message.getJsonObject("event").getJsonObject("attributes");
        BenchmarkEventText event = BenchmarkEventText.parse(attributes == null ? "" : attributes.getString("message", ""));
        if (event == null || !event.runId().equals(runId)) {
            return;
        }
        received.incrementAndGet();
        synchronized (this) {
            distinct.set(event.sequence());
        }
        Latencies window = latencies;
        if (window != null) {
            window.add(now - event.sentNanos());
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                onMessage(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedBecause = statusCode + " " + reason;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closedBecause = "error: " + error;
            subscribed.completeExceptionally(error);
        }
    }
}
