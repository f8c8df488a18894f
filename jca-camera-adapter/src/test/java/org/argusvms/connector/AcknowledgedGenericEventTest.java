package org.argusvms.connector;

import org.argusvms.connector.api.GenericMessage;
import org.argusvms.connector.api.GenericMessage.Transport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The acknowledged generic-event port (seed 1235): every message answered, ACK only after the beans returned. */
class AcknowledgedGenericEventTest extends InboundListenerTest<GenericRecordingEndpointFactory> {

    AcknowledgedGenericEventTest() {
        super(new GenericRecordingEndpointFactory());
    }

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        adapter.setGenericEventTcpPort(0);
        adapter.setGenericEventUdpPort(0);
        adapter.setGenericEventAcknowledgedTcpPort(port);
        adapter.setGenericEventReadTimeoutSeconds(1);
        adapter.start(new TestBootstrapContext(workManager));
        GenericEventActivationSpec spec = new GenericEventActivationSpec();
        spec.setResourceAdapter(adapter);
        adapter.endpointActivation(consumer, spec);
    }

    @Test
    void eachMessageIsAcknowledgedWithItsNumberAfterTheBeanTookIt() throws Exception {
        Socket sender = connect();

        send(sender, "id=door-7:41 door 7 forced\r\n\r\nalarm panel zone 2\n");

        BufferedReader replies = replies(sender);
        assertEquals("ACK 1", replies.readLine());
        assertEquals("ACK 2", replies.readLine(), "the blank line is no message and gets no answer");
        List<GenericMessage> taken = consumer.drain();
        assertEquals(2, taken.size(), "both were with the bean by the time their ACK arrived");
        assertEquals(new GenericMessage("127.0.0.1", Transport.TCP_ACK, taken.get(0).receivedAt(),
                "door 7 forced", "door-7:41"), taken.get(0));
        assertEquals("alarm panel zone 2", taken.get(1).text());
        assertNull(taken.get(1).messageId());
        assertEquals(port, adapter.boundGenericEventAcknowledgedTcpPort());
    }

    @Test
    void aMessageTheBeanFailedOnIsRefusedAndTheConnectionGoesOn() throws Exception {
        consumer.failWhen(message -> message.text().equals("poison"));
        Socket sender = connect();

        send(sender, "poison\nhealthy\n");

        BufferedReader replies = replies(sender);
        assertEquals("NAK 1 not stored, send it again", replies.readLine());
        assertEquals("ACK 2", replies.readLine());
    }

    @Test
    void anInvalidMessageIdIsRefusedWithoutDeliveringAnything() throws Exception {
        Socket sender = connect();

        send(sender, "id=no spaces allowed? ok\nid=" + "x".repeat(101) + " too long\nid=only-an-id\nafter\n");

        BufferedReader replies = replies(sender);
        assertEquals("ACK 1", replies.readLine(), "'no' is a valid id, the rest is the text");
        assertTrue(replies.readLine().startsWith("NAK 2 invalid message id"));
        assertTrue(replies.readLine().startsWith("NAK 3 invalid message id"));
        assertEquals("ACK 4", replies.readLine());
        assertEquals(List.of("spaces allowed? ok", "after"), consumer.drain().stream().map(GenericMessage::text).toList());
    }

    @Test
    void aSenderThatFinishesGetsEveryAnswerBeforeTheListenerCloses() throws Exception {
        Socket sender = connect();
        StringBuilder burst = new StringBuilder();
        for (int i = 1; i <= 500; i++) {
            burst.append("id=m").append(i).append(" event ").append(i).append('\n');
        }

        send(sender, burst.toString());
        sender.shutdownOutput();

        BufferedReader replies = replies(sender);
        for (int i = 1; i <= 500; i++) {
            assertEquals("ACK " + i, replies.readLine());
        }
        assertNull(replies.readLine(), "closed after the last answer");
    }

    @Test
    void anOversizedLineIsRefusedAndClosesTheConnection() throws Exception {
        Socket sender = connect();

        send(sender, "x".repeat(10 * 1024) + "\n");

        BufferedReader replies = replies(sender);
        assertTrue(replies.readLine().startsWith("NAK 1 line longer than 4096 bytes"));
        assertNull(replies.readLine());
        consumer.assertNothingWithin(Duration.ofMillis(200));
    }

    @Test
    void aSilentConnectionIsClosedAfterTheReadTimeout() throws Exception {
        Socket silent = connect();

        try {
            assertNull(replies(silent).readLine(), "closed without an answer");
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the listener left a silent connection open for " + WAIT, e);
        }
    }

    private static BufferedReader replies(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }
}
