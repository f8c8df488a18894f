package org.argusvms.recorder.media;

import org.argusvms.recorder.live.ViewerConnection;
import org.argusvms.recorder.protocol.LiveStreamSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Init messages name the stream the viewer gets; everything else passes untouched. */
class StreamNamingConnectionTest {

    private final List<String> texts = new ArrayList<>();
    private final List<byte[]> binaries = new ArrayList<>();
    private final ViewerConnection socket = new ViewerConnection() {
        @Override
        public void sendText(String text, Runnable onSent, Runnable onFailed) {
            texts.add(text);
        }

        @Override
        public void sendBinary(byte[] data, Runnable onSent, Runnable onFailed) {
            binaries.add(data);
        }

        @Override
        public void close() {
        }
    };

    @Test
    void initMessagesSayWhichStreamOtherMessagesPassAsTheyAre() {
        ViewerConnection named = new StreamNamingConnection(socket, LiveStreamSource.SECONDARY);
        byte[] fragment = {1, 2, 3};

        named.sendText("{\"type\":\"init\",\"mime\":\"video/mp4\",\"width\":640,\"height\":360}", () -> { }, () -> { });
        named.sendText("{\"type\":\"error\",\"message\":\"x\"}", () -> { }, () -> { });
        named.sendBinary(fragment, () -> { }, () -> { });

        assertEquals(List.of("{\"type\":\"init\",\"mime\":\"video/mp4\",\"width\":640,\"height\":360,"
                + "\"stream\":\"secondary\"}", "{\"type\":\"error\",\"message\":\"x\"}"), texts);
        assertEquals(List.of(fragment), binaries);
    }
}
