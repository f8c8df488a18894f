package org.argusvms.recorder.events;

import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecorderRegistration;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.ManagementStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventClientTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final RecorderRegistration REGISTRATION = new RecorderRegistration("rec-7", "Recorder 7",
            "10.0.0.7", 9001, "http://10.0.0.7:7563", "0.1.0");

    @TempDir
    Path storage;

    private final EventOutbox outbox = new EventOutbox("rec-7", 1, 1000, Clock.systemUTC());
    private final AtomicReference<byte[]> receivedKey = new AtomicReference<>();
    private ManagementStub management;
    private EventClient client;

    private EventClient start(int port) throws Exception {
        EventClientSettings quick = new EventClientSettings("127.0.0.1", port, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofMillis(50),
                Duration.ofMillis(200));
        client = new EventClient(quick, REGISTRATION, outbox,
                new EventSequenceReservation(storage.resolve("event-sequence")), receivedKey::set);
        client.start();
        return client;
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (management != null) {
            management.close();
        }
    }

    @Test
    void registersTakesTheTicketKeyAndDeliversEventsInOrder() throws Exception {
        management = new ManagementStub(KEY);
        start(management.port());

        publish(3);

        Await.until("three acknowledged events", PATIENCE, () -> management.events().size() == 3);
        assertEquals(List.of(REGISTRATION), management.registrations());
        assertArrayEquals(KEY, receivedKey.get());
        assertEquals(List.of(1L, 2L, 3L), seqs(management.events()));
        Await.until("outbox emptied by acks", PATIENCE, () -> outbox.pending() == 0);
    }

    @Test
    void resendsUnacknowledgedEventsInOrderAfterAReconnect() throws Exception {
        management = new ManagementStub(KEY);
        management.setAcknowledging(false); // an endpoint that fails: no ack
        start(management.port());
        publish(3);
        Await.until("three events received", PATIENCE, () -> management.received().size() == 3);

        management.setAcknowledging(true);
        management.dropConnections();
        Await.until("resent and acknowledged", PATIENCE, () -> management.events().size() == 3);
        publish(1);

        Await.until("the next event follows", PATIENCE, () -> management.events().size() == 4);
        assertEquals(List.of(1L, 2L, 3L, 4L), seqs(management.events()));
        assertTrue(management.registrations().size() >= 2, "registered again on reconnect");
    }

    @Test
    void buffersEventsWhileTheManagementServerIsDown() throws Exception {
        int port;
        try (ServerSocket reserve = new ServerSocket(0)) {
            port = reserve.getLocalPort();
        }
        start(port);
        publish(2);
        assertTrue(!client.connected());

        management = new ManagementStub(KEY, port);

        Await.until("buffered events delivered", PATIENCE, () -> management.events().size() == 2);
        assertEquals(List.of(1L, 2L), seqs(management.events()));
    }

    @Test
    void aSilentPeerIsDeclaredDeadAndTheClientReconnects() throws Exception {
        management = new ManagementStub(KEY);
        management.setAnsweringHeartbeats(false);
        start(management.port());

        Await.until("a reconnect after the idle timeout", PATIENCE, () -> management.registrations().size() >= 2);
    }

    private void publish(int count) {
        for (int i = 0; i < count; i++) {
            outbox.publish(RecorderEvent.CAMERA_CONNECTED, "cam-" + i, Map.of());
        }
    }

    private static List<Long> seqs(List<RecorderEvent> events) {
        return events.stream().map(RecorderEvent::seq).toList();
    }
}
