package org.argusvms.recorder.media;

import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import org.argusvms.recorder.live.ViewerConnection;
import org.xnio.IoUtils;

import java.nio.ByteBuffer;

/** A live viewer's WebSocket: binary messages for MP4 data, text for the init description. */
final class WebSocketViewerConnection implements ViewerConnection {

    private final WebSocketChannel channel;

    WebSocketViewerConnection(WebSocketChannel channel) {
        this.channel = channel;
    }

    @Override
    public void sendText(String text, Runnable onSent, Runnable onFailed) {
        WebSockets.sendText(text, channel, callback(onSent, onFailed));
    }

    @Override
    public void sendBinary(byte[] data, Runnable onSent, Runnable onFailed) {
        WebSockets.sendBinary(ByteBuffer.wrap(data), channel, callback(onSent, onFailed));
    }

    private static WebSocketCallback<Void> callback(Runnable onSent, Runnable onFailed) {
        return new WebSocketCallback<>() {
            @Override
            public void complete(WebSocketChannel channel, Void context) {
                onSent.run();
            }

            @Override
            public void onError(WebSocketChannel channel, Void context, Throwable throwable) {
                onFailed.run();
            }
        };
    }

    @Override
    public void close() {
        IoUtils.safeClose(channel);
    }
}
