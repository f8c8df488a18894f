package org.argusvms.recorder.media;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.argusvms.recorder.live.ViewerConnection;
import org.argusvms.recorder.protocol.LiveStreamSource;

import java.io.StringReader;

/**
 * A viewer's connection whose init messages say which of the camera's streams it watches
 * ({@code {"type":"init",…,"stream":"secondary"}}): the player shows it, and learns that it got the primary when
 * it asked for a second stream that is down. Binary messages pass through untouched.
 */
final class StreamNamingConnection implements ViewerConnection {

    private final ViewerConnection connection;
    private final String streamName;

    StreamNamingConnection(ViewerConnection connection, LiveStreamSource stream) {
        this.connection = connection;
        this.streamName = stream.viewerName();
    }

    @Override
    public void sendText(String text, Runnable onSent, Runnable onFailed) {
        connection.sendText(named(text), onSent, onFailed);
    }

    /** Init messages only (a few per viewer): other texts, if any, are left as they are. */
    String named(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject message = reader.readObject();
            return "init".equals(message.getString("type", ""))
                    ? Json.createObjectBuilder(message).add("stream", streamName).build().toString() : text;
        } catch (RuntimeException e) {
            return text;
        }
    }

    @Override
    public void sendBinary(byte[] data, Runnable onSent, Runnable onFailed) {
        connection.sendBinary(data, onSent, onFailed);
    }

    @Override
    public void close() {
        connection.close();
    }
}
