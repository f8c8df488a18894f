package org.argusvms.recorder.testing;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A browser-like live viewer: opens the WebSocket, keeps text messages and binary messages apart. */
public final class LiveClient implements WebSocket.Listener, AutoCloseable {

    public final List<String> texts = new CopyOnWriteArrayList<>();
    public final List<byte[]> binaries = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final StringBuilder partialText = new StringBuilder();
    private WebSocket socket;

    /** Opens {@code ws://…}; fails with the handshake's status when the recorder refuses. */
    public static LiveClient open(URI uri) throws Exception {
        LiveClient client = new LiveClient();
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri, client).get(10, TimeUnit.SECONDS);
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partialText.append(data);
        if (last) {
            texts.add(partialText.toString());
            partialText.setLength(0);
        }
        webSocket.request(1);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        partial.writeBytes(bytes);
        if (last) {
            binaries.add(partial.toByteArray());
            partial.reset();
        }
        webSocket.request(1);
        return CompletableFuture.completedFuture(null);
    }

    /** Everything binary received so far, in order: an init segment followed by fragments. */
    public byte[] concatenatedBinary() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        binaries.forEach(all::writeBytes);
        return all.toByteArray();
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }
}
