package org.argusvms.connector;

import org.argusvms.connector.api.GenericMessage;
import org.argusvms.connector.api.GenericMessage.Transport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generic-event listener through the adapter: framing, limits, and that no sender can stop it. */
class GenericEventServerTest extends InboundListenerTest<GenericRecordingEndpointFactory> {

    private static final Duration QUIET = Duration.ofMillis(300);

    GenericEventServerTest() {
        super(new GenericRecordingEndpointFactory());
    }

    @BeforeEach
    void configure() throws IOException {
        port = freePort();
        adapter.setGenericEventTcpPort(port);
        adapter.setGenericEventUdpPort(port);
        adapter.setGenericEventAcknowledgedTcpPort(0); // AcknowledgedGenericEventTest covers it
        adapter.setGenericEventReadTimeoutSeconds(1);
        adapter.setGenericEventMaxConnections(4);
    }

    @Test
    void eachTcpLineIsOneMessageAndTheLastNeedsNoTerminator() throws Exception {
        startWithConsumer();
        Instant before = Instant.now();
        Socket sender = connect();

        send(sender, "door 4 forced\r\n\nalarm panel: zone 2");
        sender.shutdownOutput();

        GenericMessage first = consumer.awaitMessage(WAIT);
        assertEquals("door 4 forced", first.text());
        assertEquals(Transport.TCP, first.transport());
        assertEquals("127.0.0.1", first.sourceAddress());
        assertFalse(first.receivedAt().isBefore(before));
        assertEquals("alarm panel: zone 2", consumer.awaitMessage(WAIT).text(), "the empty line is skipped");
        assertEquals(-1, sender.getInputStream().read(), "the listener closes after the sender's end");
    }

    @Test
    void eachUdpDatagramIsOneMessage() throws Exception {
        startWithConsumer();

        sendDatagram("motion at gate\n".getBytes(StandardCharsets.UTF_8));

        GenericMessage message = consumer.awaitMessage(WAIT);
        assertEquals("motion at gate", message.text());
        assertEquals(Transport.UDP, message.transport());
        assertEquals("127.0.0.1", message.sourceAddress());
    }

    @Test
    void anOversizedLineClosesItsConnectionAndTheListenerServesTheNext() throws Exception {
        startWithConsumer();
        Socket flooder = connect();

        sendIgnoringReset(flooder, "x".repeat(10 * 1024) + "\n");

        assertClosedByListener(flooder);
        Socket next = connect();
        send(next, "still listening\n");
        assertEquals("still listening", consumer.awaitMessage(WAIT).text());
        consumer.assertNothingWithin(QUIET);
    }

    @Test
    void bytesThatAreNotUtf8AreNeverDelivered() throws Exception {
        startWithConsumer();
        Socket binary = connect();
        byte[] garbage = {(byte) 0xFF, (byte) 0xFE, 0, 1, (byte) 0xC3, '\n'};

        binary.getOutputStream().write(garbage);
        sendDatagram(garbage);
        sendDatagram(new byte[GenericEventSettings.MAX_MESSAGE_BYTES + 10]);

        assertClosedByListener(binary);
        sendDatagram("after the garbage".getBytes(StandardCharsets.UTF_8));
        assertEquals("after the garbage", consumer.awaitMessage(WAIT).text());
        consumer.assertNothingWithin(QUIET);
    }

    @Test
    void silentAndTricklingConnectionsAreClosedAfterTheReadTimeout() throws Exception {
        startWithConsumer();
        Socket silent = connect();
        Socket trickling = connect();

        long deadline = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        while (System.nanoTime() < deadline && !trickling.isInputShutdown()) {
            sendIgnoringReset(trickling, "t");
            pause(Duration.ofMillis(200));
        }

        assertClosedByListener(silent);
        assertClosedByListener(trickling);
    }

    @Test
    void idleConnectionsBeyondTheLimitMakeRoomForNewSenders() throws Exception {
        startWithConsumer();
        List<Socket> idle = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            idle.add(connect());
        }

        Socket sender = connect();
        send(sender, "accepted despite the idle crowd\n");

        assertEquals("accepted despite the idle crowd", consumer.awaitMessage(WAIT).text());
        assertClosedByListener(idle.get(0));
    }

    @Test
    void aFailingBeanDoesNotStopTheNextMessage() throws Exception {
        startWithConsumer();
        consumer.failWhen(message -> message.text().equals("poison"));
        Socket sender = connect();

        send(sender, "poison\nhealthy\n");

        // Both lines arrive as one batch, which rolls back on the poison; the adapter then delivers each on its own.
        assertEquals("poison", consumer.awaitMessage(WAIT).text());
        assertEquals("healthy", consumer.awaitNext(message -> !message.text().equals("poison"), "the healthy line",
                WAIT).text());
    }

    @Test
    void aSlowDeliveryHoldsUpOnlyItsOwnConnectionWhoseOrderIsKept() throws Exception {
        startWithConsumer();
        consumer.holdWhen(message -> message.text().equals("slow 1"));
        Socket slow = connect();
        Socket other = connect();

        send(slow, "slow 1\n");
        assertEquals("slow 1", consumer.awaitMessage(WAIT).text()); // its bean now takes its time
        send(slow, "slow 2\n");
        send(other, "other 1\n");

        assertEquals("other 1", consumer.awaitMessage(WAIT).text(), "another sender is not held up");
        consumer.assertNothingWithin(QUIET); // "slow 2" waits for "slow 1": one sender's order is kept
        consumer.releaseHeld();
        assertEquals("slow 2", consumer.awaitMessage(WAIT).text());
    }

    @Test
    void theListenerIsOpenExactlyWhileABeanListens() throws Exception {
        adapter.start(new TestBootstrapContext(workManager));
        assertNull(adapter.boundGenericEventPorts());

        GenericEventActivationSpec spec = activate();
        assertArrayEquals(new int[] {port, port}, adapter.boundGenericEventPorts());

        adapter.endpointDeactivation(consumer, spec);
        assertNull(adapter.boundGenericEventPorts());
        assertThrows(IOException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
    }

    @Test
    void portZeroDisablesThatTransport() throws Exception {
        adapter.setGenericEventUdpPort(0);
        startWithConsumer();

        assertArrayEquals(new int[] {port, -1}, adapter.boundGenericEventPorts());
    }

    private void startWithConsumer() throws Exception {
        adapter.start(new TestBootstrapContext(workManager));
        activate();
    }

    private GenericEventActivationSpec activate() throws Exception {
        GenericEventActivationSpec spec = new GenericEventActivationSpec();
        spec.setResourceAdapter(adapter);
        adapter.endpointActivation(consumer, spec);
        return spec;
    }

    /** The listener may close the connection mid-write; that is the behaviour under test, not a failure. */
    private static void sendIgnoringReset(Socket socket, String text) {
        try {
            send(socket, text);
        } catch (IOException expected) {
            // closed by the listener
        }
    }

    private void sendDatagram(byte[] payload) throws IOException {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.send(new DatagramPacket(payload, payload.length, InetAddress.getLoopbackAddress(), port));
        }
    }

    /** Reads until the listener closes the connection (end of stream or reset), failing if it stays open. */
    private static void assertClosedByListener(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // the listener never writes; drain whatever there is
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the listener left the connection open for " + WAIT, e);
        } catch (IOException reset) {
            // closed with unread data: a reset is a close too
        }
        assertTrue(true);
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis()); // pacing a trickling sender, not waiting for a condition
    }

    /** A port free for both TCP and UDP at the moment (the listener binds both). */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0); DatagramSocket udp = new DatagramSocket(tcp.getLocalPort())) {
                return tcp.getLocalPort();
            } catch (IOException taken) {
                // the UDP side of that port is in use; try another
            }
        }
        throw new IOException("no port free for both TCP and UDP");
    }
}
