package org.argusvms.connector;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analytics-event listener through the adapter: the reply tells the sender what happened; limits hold. */
class AnalyticsEventServerTest extends InboundListenerTest<AnalyticsRecordingEndpointFactory> {

    private static final Duration QUIET = Duration.ofMillis(300);

    AnalyticsEventServerTest() {
        super(new AnalyticsRecordingEndpointFactory());
    }

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        adapter.setGenericEventTcpPort(0);
        adapter.setGenericEventUdpPort(0);
        adapter.setAnalyticsEventPort(port);
        adapter.setAnalyticsEventReadTimeoutSeconds(1);
        adapter.setAnalyticsEventMaxConnections(2);
        adapter.start(new TestBootstrapContext(workManager));
        AnalyticsEventActivationSpec spec = new AnalyticsEventActivationSpec();
        spec.setResourceAdapter(adapter);
        adapter.endpointActivation(consumer, spec);
    }

    @Test
    void aValidDocumentIsDeliveredAndAcknowledged() throws Exception {
        assertEquals("OK", exchange(AnalyticsEventXmlTest.VALID));

        assertEquals("LineCrossing", consumer.awaitEvent(WAIT).type());
        assertEquals(port, adapter.boundAnalyticsEventPort());
    }

    @Test
    void aHostileDocumentIsAnsweredWithTheReasonAndNotDelivered() throws Exception {
        String reply = exchange("""
                <!DOCTYPE AnalyticsEvent [<!ENTITY x SYSTEM "file:///etc/passwd">]><AnalyticsEvent>&x;</AnalyticsEvent>""");

        assertTrue(reply.startsWith("ERROR ") && reply.contains("DOCTYPE"), reply);
        consumer.assertNothingWithin(QUIET);
    }

    @Test
    void anOversizedDocumentIsCutOffWithoutReadingItAll() throws Exception {
        Socket sender = connect();
        OutputStream out = sender.getOutputStream();
        byte[] chunk = "<x>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try {
            for (int sent = 0; sent < 10 * AnalyticsEventXml.MAX_DOCUMENT_BYTES; sent += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException closedByListener) {
            // expected once the listener has seen enough
        }

        assertTrue(readReply(sender).contains("larger than"));
        consumer.assertNothingWithin(QUIET);
    }

    @Test
    void aSenderThatNeverFinishesTimesOutAndFreesItsPlace() throws Exception {
        Socket slow = connect();
        slow.getOutputStream().write("<AnalyticsEvent>".getBytes(StandardCharsets.UTF_8));

        assertTrue(readReply(slow).startsWith("ERROR timeout"));
        assertEquals("OK", exchange(AnalyticsEventXmlTest.VALID));
    }

    @Test
    void sendersBeyondTheLimitAreToldBusyWhileOthersAreServed() throws Exception {
        connect();
        connect();
        Socket third = connect();

        assertTrue(readReply(third).startsWith("ERROR busy"));
    }

    @Test
    void aFailingBeanMeansTheSenderIsNotToldOk() throws Exception {
        consumer.failWhen(event -> true);

        assertTrue(exchange(AnalyticsEventXmlTest.VALID).startsWith("ERROR not stored"));
    }

    private String exchange(String document) throws IOException {
        Socket sender = connect();
        sender.getOutputStream().write(document.getBytes(StandardCharsets.UTF_8));
        sender.shutdownOutput();
        return readReply(sender);
    }

    private static String readReply(Socket sender) throws IOException {
        String reply = new String(sender.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(reply.endsWith("\n"), "one line: " + reply);
        return reply.strip();
    }
}
