package org.argusvms.connector;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ResourceAdapterInternalException;
import org.argusvms.connector.api.RecorderConnectionFactory;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.argusvms.recorder.protocol.RecorderEvent.CAMERA_CONNECTED;
import static org.argusvms.recorder.protocol.RecorderEvent.CAMERA_DISCONNECTED;
import static org.argusvms.recorder.protocol.RecorderEvent.RECORDER_OFFLINE;
import static org.argusvms.recorder.protocol.RecorderEvent.RECORDER_REGISTERED;
import static org.argusvms.recorder.protocol.RecorderEvent.RECORDING_STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inbound side: recorders connecting to the adapter, their events reaching message endpoints. */
class RecorderResourceAdapterTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofMillis(300);
    private static final String KEY = Base64.getEncoder().encodeToString(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    private final TestWorkManager workManager = new TestWorkManager();
    private final RecorderResourceAdapter adapter = new RecorderResourceAdapter();
    private final List<FakeRecorder> recorders = new ArrayList<>();
    private final List<RecordingEndpointFactory> endpoints = new ArrayList<>();
    private final Map<RecordingEndpointFactory, RecorderActivationSpec> specs = new HashMap<>();

    @BeforeEach
    void configure() {
        adapter.setEventListenerHost("127.0.0.1");
        adapter.setEventListenerPort(0);
        adapter.setMediaTicketKey(KEY);
    }

    @AfterEach
    void stop() throws Exception {
        for (FakeRecorder recorder : recorders) {
            recorder.close();
        }
        adapter.stop();
        workManager.close();
        for (RecordingEndpointFactory endpoint : endpoints) {
            assertEquals(0, endpoint.unreleasedEndpoints(), "every endpoint the adapter created is released");
        }
    }

    @Test
    void helloIsWelcomedWithTheTicketKeyAndAnnouncedAsRegistration() throws Exception {
        start();
        RecordingEndpointFactory consumer = activate("consumer", "");

        JsonObject welcome = connect().hello("rec-1");

        assertEquals(Frames.WELCOME, welcome.getString("type"));
        assertEquals(1, welcome.getInt("protocol"));
        assertEquals(KEY, welcome.getString("mediaTicketKey"));
        RecorderEvent registered = consumer.awaitEvent(WAIT);
        assertEquals(RECORDER_REGISTERED, registered.eventType());
        assertEquals("rec-1", registered.recorderId());
        assertEquals(RecorderSession.SYNTHETIC_SEQ, registered.seq());
        assertEquals(Map.of("name", "Recorder rec-1", "controlHost", "10.0.0.7", "controlPort", "9001",
                "mediaUrl", "http://10.0.0.7:7563", "version", "0.1.0"), registered.attributes());
    }

    @Test
    void withoutAConfiguredKeyTicketsVerifyWithTheKeyRecordersReceive() throws Exception {
        adapter.setMediaTicketKey("");
        start();
        activate("consumer", "");
        byte[] keyGivenToRecorders = Base64.getDecoder().decode(connect().hello("rec-1").getString("mediaTicketKey"));

        String ticket = connectionFactory().issueMediaTicket("cam-1", "alice", Duration.ofSeconds(60));

        assertEquals(MediaTicketKeys.KEY_BYTES, keyGivenToRecorders.length);
        assertEquals("alice", MediaTicket.verify(keyGivenToRecorders, ticket, "cam-1", Instant.now()));
    }

    @Test
    void eventsAreDeliveredInOrderAndEachAcknowledged() throws Exception {
        start();
        RecordingEndpointFactory consumer = activate("consumer", "");
        FakeRecorder recorder = connect();
        recorder.hello("rec-1");

        for (long seq = 1; seq <= 5; seq++) {
            recorder.sendEvent("rec-1", seq, CAMERA_CONNECTED);
        }

        for (long seq = 1; seq <= 5; seq++) {
            assertEquals(seq, recorder.awaitAck());
        }
        assertEquals(RECORDER_REGISTERED, consumer.awaitEvent(WAIT).eventType());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), consumer.drain().stream().map(RecorderEvent::seq).toList());
    }

    @Test
    void aFailedDeliveryIsNotAcknowledgedAndArrivesAgainAfterReconnecting() throws Exception {
        start();
        RecordingEndpointFactory consumer = activate("consumer", "");
        AtomicBoolean firstAttempt = new AtomicBoolean(true);
        consumer.failWhen(event -> event.seq() == 2 && firstAttempt.getAndSet(false));
        FakeRecorder recorder = connect();
        recorder.hello("rec-1");

        recorder.sendEvent("rec-1", 1, CAMERA_CONNECTED);
        recorder.sendEvent("rec-1", 2, CAMERA_DISCONNECTED);

        assertEquals(1, recorder.awaitAck());
        assertEquals(List.of(), recorder.framesUntilClosed(WAIT), "no ack for the failed event, then closed");
        assertEquals(2, consumer.awaitEvent(CAMERA_DISCONNECTED, WAIT).seq());

        FakeRecorder reconnected = connect();
        reconnected.hello("rec-1");
        reconnected.sendEvent("rec-1", 2, CAMERA_DISCONNECTED);

        assertEquals(2, reconnected.awaitAck());
        RecorderEvent redelivered = consumer.awaitEvent(CAMERA_DISCONNECTED, WAIT);
        assertEquals(2, redelivered.seq());
    }

    @Test
    void endpointsReceiveOnlyTheEventTypesTheyListed() throws Exception {
        start();
        RecordingEndpointFactory cameras = activate("cameras", CAMERA_CONNECTED + ", " + CAMERA_DISCONNECTED);
        RecordingEndpointFactory registrations = activate("registrations", RECORDER_REGISTERED);
        FakeRecorder recorder = connect();
        recorder.hello("rec-1");

        recorder.sendEvent("rec-1", 1, CAMERA_CONNECTED);
        recorder.sendEvent("rec-1", 2, RECORDING_STARTED);

        assertEquals(1, recorder.awaitAck());
        assertEquals(2, recorder.awaitAck(), "an event nobody listens to is acknowledged all the same");
        assertEquals(CAMERA_CONNECTED, cameras.awaitEvent(WAIT).eventType());
        assertEquals(RECORDER_REGISTERED, registrations.awaitEvent(WAIT).eventType());
        cameras.assertNoEventWithin(QUIET);
        registrations.assertNoEventWithin(QUIET);
    }

    @Test
    void heartbeatsKeepARecorderOnlineAndSilenceTakesItOffline() throws Exception {
        adapter.setHeartbeatSeconds(1);
        adapter.setIdleTimeoutSeconds(2);
        start();
        RecordingEndpointFactory consumer = activate("consumer", "");
        FakeRecorder recorder = connect();
        recorder.hello("rec-1");
        consumer.awaitEvent(RECORDER_REGISTERED, WAIT);

        boolean heartbeatReceived = false;
        long keepAliveUntil = System.nanoTime() + Duration.ofMillis(2600).toNanos();
        while (System.nanoTime() < keepAliveUntil) {
            recorder.send(Frames.heartbeat());
            JsonObject frame = recorder.pollFrame(Duration.ofMillis(500));
            heartbeatReceived |= frame != null && Frames.HEARTBEAT.equals(frame.getString("type"));
        }
        recorder.sendEvent("rec-1", 1, CAMERA_CONNECTED);
        assertEquals(1, recorder.awaitAck(), "still connected after longer than the idle timeout");
        assertTrue(heartbeatReceived, "the adapter sends heartbeats when it has nothing else to say");

        // now silent
        assertEquals(List.of(), recorder.framesUntilClosed(WAIT));
        RecorderEvent offline = consumer.awaitEvent(RECORDER_OFFLINE, WAIT);
        assertEquals("rec-1", offline.recorderId());
        assertEquals(RecorderSession.SYNTHETIC_SEQ, offline.seq());
    }

    @Test
    void aRecorderThatDisconnectsIsAnnouncedOffline() throws Exception {
        start();
        RecordingEndpointFactory consumer = activate("consumer", RECORDER_OFFLINE);
        FakeRecorder recorder = connect();
        recorder.hello("rec-1");

        recorder.close();

        assertEquals("rec-1", consumer.awaitEvent(WAIT).recorderId());
    }

    @Test
    void aReconnectReplacesTheOldConnectionWithoutAnnouncingTheRecorderOffline() throws Exception {
        start();
        RecordingEndpointFactory consumer = activate("consumer", RECORDER_REGISTERED + "," + RECORDER_OFFLINE);
        FakeRecorder halfOpen = connect();
        halfOpen.hello("rec-1");
        consumer.awaitEvent(RECORDER_REGISTERED, WAIT);

        FakeRecorder fresh = connect();
        fresh.hello("rec-1");

        assertEquals(RECORDER_REGISTERED, consumer.awaitEvent(WAIT).eventType());
        assertEquals(List.of(), halfOpen.framesUntilClosed(WAIT), "the old connection is closed");
        consumer.assertNoEventWithin(QUIET);
        fresh.close();
        assertEquals(RECORDER_OFFLINE, consumer.awaitEvent(WAIT).eventType());
    }

    @Test
    void garbageAndOversizedFramesCloseTheConnectionAndTheListenerServesTheNextRecorder() throws Exception {
        start();
        RecordingEndpointFactory consumer = activate("consumer", "");

        assertRefused("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII), ErrorCode.MALFORMED_FRAME);
        assertRefused(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, '{'}, ErrorCode.MALFORMED_FRAME);
        assertRefused(frameOf("not json"), ErrorCode.MALFORMED_FRAME);
        assertRefused(frameOf("{\"no\":\"type\"}"), ErrorCode.MALFORMED_FRAME);

        connect().hello("rec-1");
        assertEquals(RECORDER_REGISTERED, consumer.awaitEvent(WAIT).eventType());
    }

    @Test
    void helloOfAnotherProtocolVersionIsRefused() throws Exception {
        start();
        RecordingEndpointFactory consumer = activate("consumer", "");
        JsonObject futureHello = Json.createObjectBuilder(Frames.recorderHello(FakeRecorder.registration("rec-1")))
                .add("protocol", 2).build();

        assertRefused(frameOf(futureHello.toString()), ErrorCode.UNSUPPORTED_PROTOCOL);
        consumer.assertNoEventWithin(QUIET);
    }

    @Test
    void anEventBeforeHelloOrForAnotherRecorderIsRefused() throws Exception {
        start();
        RecordingEndpointFactory consumer = activate("consumer", CAMERA_CONNECTED);
        String event = Frames.event(new RecorderEvent("rec-1", 1, CAMERA_CONNECTED, null, Instant.now(), Map.of())).toString();
        assertRefused(frameOf(event), ErrorCode.MALFORMED_FRAME);

        FakeRecorder recorder = connect();
        recorder.hello("rec-2");
        recorder.sendEvent("rec-1", 1, CAMERA_CONNECTED);

        List<JsonObject> answers = recorder.framesUntilClosed(WAIT);
        assertEquals(ErrorCode.INVALID_ARGUMENT.name(), answers.get(0).getString("code"));
        consumer.assertNoEventWithin(QUIET);
    }

    @Test
    void theListenerIsOpenExactlyWhileEndpointsAreActive() throws Exception {
        int port = freePort();
        adapter.setEventListenerPort(port);
        start();
        assertThrows(ConnectException.class, () -> FakeRecorder.connect(port).close(), "closed before any activation");

        RecordingEndpointFactory first = activate("first", "");
        RecordingEndpointFactory second = activate("second", "");
        FakeRecorder recorder = FakeRecorder.connect(port);
        recorders.add(recorder);
        recorder.hello("rec-1");
        adapter.endpointDeactivation(first, specFor(first));
        recorder.sendEvent("rec-1", 1, CAMERA_CONNECTED);
        assertEquals(1, recorder.awaitAck(), "still open while one endpoint is active");

        adapter.endpointDeactivation(second, specFor(second));

        assertEquals(List.of(), recorder.framesUntilClosed(WAIT));
        assertThrows(ConnectException.class, () -> FakeRecorder.connect(port).close(), "closed after the last deactivation");
    }

    @Test
    void invalidConfigurationIsRefusedAtStart() {
        adapter.setMediaTicketKey("c2hvcnQ="); // "short"
        ResourceAdapterInternalException shortKey = assertThrows(ResourceAdapterInternalException.class, this::start);
        assertTrue(shortKey.getMessage().contains("at least 32 bytes"), shortKey.getMessage());
        assertFalse(shortKey.getMessage().contains("c2hvcnQ="), "the secret is not echoed");

        adapter.setMediaTicketKey(KEY);
        adapter.setHeartbeatSeconds(15);
        assertThrows(ResourceAdapterInternalException.class, this::start, "idle timeout must exceed the heartbeat");
    }

    @Test
    void anActivationSpecWithAnEmptyEntryIsRejected() throws Exception {
        start();
        RecorderActivationSpec spec = new RecorderActivationSpec();
        spec.setEventTypes("camera.connected,,camera.disconnected");

        assertThrows(ResourceException.class,
                () -> adapter.endpointActivation(new RecordingEndpointFactory("bad"), spec));
        assertEquals(-1, adapter.boundEventListenerPort(), "nothing was opened for it");
    }

    private void start() throws ResourceAdapterInternalException {
        adapter.start(new TestBootstrapContext(workManager));
    }

    private RecordingEndpointFactory activate(String name, String eventTypes) throws ResourceException {
        RecordingEndpointFactory endpoint = new RecordingEndpointFactory(name);
        RecorderActivationSpec spec = new RecorderActivationSpec();
        spec.setEventTypes(eventTypes);
        spec.setResourceAdapter(adapter);
        adapter.endpointActivation(endpoint, spec);
        endpoints.add(endpoint);
        specs.put(endpoint, spec);
        return endpoint;
    }

    private RecorderActivationSpec specFor(RecordingEndpointFactory endpoint) {
        return specs.get(endpoint);
    }

    private FakeRecorder connect() throws IOException {
        FakeRecorder recorder = FakeRecorder.connect(adapter.boundEventListenerPort());
        recorders.add(recorder);
        return recorder;
    }

    private RecorderConnectionFactory connectionFactory() throws ResourceException {
        RecorderManagedConnectionFactory factory = new RecorderManagedConnectionFactory();
        factory.setResourceAdapter(adapter);
        return (RecorderConnectionFactory) factory.createConnectionFactory(new TestConnectionPool());
    }

    private void assertRefused(byte[] bytes, ErrorCode expected) throws IOException {
        FakeRecorder peer = connect();
        peer.sendRaw(bytes);
        List<JsonObject> answers = peer.framesUntilClosed(WAIT);
        assertEquals(1, answers.size(), "one error frame, then closed: " + answers);
        assertEquals(Frames.ERROR, answers.get(0).getString("type"));
        assertEquals(expected.name(), answers.get(0).getString("code"), answers.get(0).toString());
    }

    private static byte[] frameOf(String payload) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        byte[] frame = Arrays.copyOf(new byte[] {0, 0, (byte) (body.length >>> 8), (byte) body.length}, 4 + body.length);
        System.arraycopy(body, 0, frame, 4, body.length);
        return frame;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
