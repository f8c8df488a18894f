package org.argusvms.connector;

import org.junit.jupiter.api.AfterEach;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Base of the tests of the adapter's inbound TCP listeners (generic events, acknowledged generic events, analytics
 * events): the adapter, its work manager, a stand-in bean, the test's sender sockets, and a check on stop that every
 * endpoint the adapter created was released.
 *
 * @param <C> the stand-in message-driven bean
 */
abstract class InboundListenerTest<C extends RecordingEndpoints<?>> {

    static final Duration WAIT = Duration.ofSeconds(5);

    final TestWorkManager workManager = new TestWorkManager();
    final RecorderResourceAdapter adapter = new RecorderResourceAdapter();
    final C consumer;
    private final List<Socket> senders = new ArrayList<>();
    /** The listener's port under test, chosen by the subclass before the adapter starts. */
    int port;

    InboundListenerTest(C consumer) {
        this.consumer = consumer;
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket sender : senders) {
            sender.close();
        }
        adapter.stop();
        workManager.close();
        assertEquals(0, consumer.unreleasedEndpoints(), "every endpoint the adapter created is released");
    }

    /** A sender connected to {@link #port}, closed after the test; reads time out after {@link #WAIT}. */
    Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout((int) WAIT.toMillis());
        senders.add(socket);
        return socket;
    }

    static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }
}
