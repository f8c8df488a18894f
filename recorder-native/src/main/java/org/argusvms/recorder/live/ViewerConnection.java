package org.argusvms.recorder.live;

/**
 * The transport to one live viewer (a WebSocket in production). Sends are asynchronous; the viewer issues the next
 * one only after {@code onSent} so that at most one message per viewer is in flight.
 */
public interface ViewerConnection {

    void sendText(String text, Runnable onSent, Runnable onFailed);

    void sendBinary(byte[] data, Runnable onSent, Runnable onFailed);

    void close();
}
