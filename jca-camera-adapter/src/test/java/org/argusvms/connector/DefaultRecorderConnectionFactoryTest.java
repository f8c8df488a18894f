package org.argusvms.connector;

import jakarta.json.Json;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.connector.api.RecorderConnection;
import org.argusvms.connector.api.RecorderConnectionFactory;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.MediaTicket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connection factory as an EJB uses it, over a pool that behaves like the application server's. */
class DefaultRecorderConnectionFactoryTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private final TestWorkManager workManager = new TestWorkManager();
    private final RecorderResourceAdapter adapter = new RecorderResourceAdapter();
    private final RecorderManagedConnectionFactory managedConnectionFactory = new RecorderManagedConnectionFactory();
    private final TestConnectionPool pool = new TestConnectionPool();
    private FakeRecorderServer recorder;
    private RecorderConnectionFactory factory;

    @BeforeEach
    void setUp() throws Exception {
        adapter.setMediaTicketKey(Base64.getEncoder().encodeToString(KEY));
        adapter.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        adapter.start(new TestBootstrapContext(workManager));
        managedConnectionFactory.setResourceAdapter(adapter);
        factory = (RecorderConnectionFactory) managedConnectionFactory.createConnectionFactory(pool);
        recorder = new FakeRecorderServer();
    }

    @AfterEach
    void tearDown() throws Exception {
        recorder.close();
        adapter.stop();
        workManager.close();
    }

    @Test
    void closingAConnectionReturnsItToThePoolForTheNextCallerOfTheSameRecorder() throws Exception {
        try (RecorderConnection connection = factory.getConnection("127.0.0.1", recorder.port())) {
            connection.removeCamera("cam-1");
        }
        try (RecorderConnection connection = factory.getConnection("127.0.0.1", recorder.port())) {
            connection.removeCamera("cam-2");
        }

        assertEquals(1, recorder.connections(), "one socket served both");
        assertEquals(1, pool.created());
        assertEquals(1, pool.idle());
    }

    @Test
    void aClosedConnectionCannotBeUsed() throws Exception {
        RecorderConnection connection = factory.getConnection("127.0.0.1", recorder.port());
        connection.close();
        connection.close();

        assertThrows(IllegalStateException.class, () -> connection.removeCamera("cam-1"));
        assertEquals(1, pool.idle(), "closing twice returns it once");
    }

    @Test
    void aTimedOutConnectionIsDestroyedAndTheNextCallerGetsAFreshOne() throws Exception {
        managedConnectionFactory.setRequestTimeoutMillis(300);
        recorder.answerRequestsWith(request -> List.of());
        try (RecorderConnection connection = factory.getConnection("127.0.0.1", recorder.port())) {
            assertEquals(ErrorCode.TIMEOUT,
                    assertThrows(RecorderCommandException.class, () -> connection.removeCamera("cam-1")).code());
        }
        recorder.answerRequestsWith(request -> List.of(
                Frames.okResponse(FakeRecorderServer.idOf(request), Json.createObjectBuilder().build())));

        try (RecorderConnection connection = factory.getConnection("127.0.0.1", recorder.port())) {
            connection.removeCamera("cam-1");
        }

        assertEquals(1, pool.destroyed());
        assertEquals(2, recorder.connections());
    }

    @Test
    void anUnreachableRecorderIsReportedWithoutACode() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }

        RecorderCommandException unreachable = assertThrows(RecorderCommandException.class,
                () -> factory.getConnection("127.0.0.1", closedPort));

        assertNull(unreachable.code());
        assertTrue(unreachable.getMessage().contains("127.0.0.1:" + closedPort), unreachable.getMessage());
    }

    @Test
    void aRecorderRefusingTheProtocolIsReportedWithItsCode() {
        recorder.answerHelloWith(hello -> Frames.error(ErrorCode.UNSUPPORTED_PROTOCOL, "speaks version 2 only"));

        RecorderCommandException refused = assertThrows(RecorderCommandException.class,
                () -> factory.getConnection("127.0.0.1", recorder.port()));

        assertEquals(ErrorCode.UNSUPPORTED_PROTOCOL, refused.code());
    }

    @Test
    void badEndpointsAreRejectedBeforeAnythingIsOpened() {
        assertThrows(IllegalArgumentException.class, () -> factory.getConnection(" ", 9001));
        assertThrows(IllegalArgumentException.class, () -> factory.getConnection("10.0.0.7", 0));
        assertEquals(0, pool.created());
    }

    @Test
    void mediaTicketsAreSignedWithTheAdaptersKeyAndExpire() {
        String ticket = factory.issueMediaTicket("cam-1", "alice", Duration.ofSeconds(60));

        assertEquals("alice", MediaTicket.verify(KEY, ticket, "cam-1", NOW.plusSeconds(59)));
        assertThrows(SecurityException.class, () -> MediaTicket.verify(KEY, ticket, "cam-1", NOW.plusSeconds(60)));
        assertThrows(SecurityException.class, () -> MediaTicket.verify(KEY, ticket, "cam-2", NOW));
        assertThrows(IllegalArgumentException.class, () -> factory.issueMediaTicket("cam-1", "alice", Duration.ZERO));
    }

    @Test
    void mediaTicketsCarryTheirPurposeSoALiveTicketOpensNoExport() {
        String export = factory.issueMediaTicket("cam-1", "alice", Duration.ofSeconds(60), MediaTicket.Purpose.EXPORT);
        String live = factory.issueMediaTicket("cam-1", "alice", Duration.ofSeconds(60));

        assertEquals("alice", MediaTicket.verify(KEY, export, "cam-1", java.util.Set.of(MediaTicket.Purpose.EXPORT), NOW));
        assertThrows(SecurityException.class,
                () -> MediaTicket.verify(KEY, live, "cam-1", java.util.Set.of(MediaTicket.Purpose.EXPORT), NOW));
    }

    @Test
    void evidenceLocksAreSentAsLockRangeAndUnlockRangeCommands() throws Exception {
        recorder.answerRequestsWith(request -> List.of(Frames.okResponse(FakeRecorderServer.idOf(request),
                Json.createObjectBuilder().add("released", true).build())));
        Instant from = NOW.minusSeconds(300);
        try (RecorderConnection connection = factory.getConnection("127.0.0.1", recorder.port())) {
            connection.lockRange("lock-7", "cam-1", from, NOW);
            assertTrue(connection.unlockRange("lock-7"));
            assertThrows(IllegalArgumentException.class, () -> connection.lockRange("lock-8", "cam-1", NOW, from));
        }

        recorder.awaitReceived(); // hello
        var lock = recorder.awaitReceived();
        assertEquals(Frames.CMD_LOCK_RANGE, lock.getString("command"));
        assertEquals(Json.createObjectBuilder().add("lockId", "lock-7").add("cameraId", "cam-1")
                .add("from", from.toString()).add("to", NOW.toString()).build(), lock.getJsonObject("body"));
        var unlock = recorder.awaitReceived();
        assertEquals(Frames.CMD_UNLOCK_RANGE, unlock.getString("command"));
        assertEquals("lock-7", unlock.getJsonObject("body").getString("lockId"));
    }

    @Test
    void triggerRecordingSendsTheEventAndReturnsUntilWhenTheCameraRecords() throws Exception {
        Instant until = NOW.plusSeconds(13);
        recorder.answerRequestsWith(request -> List.of(Frames.okResponse(FakeRecorderServer.idOf(request),
                Json.createObjectBuilder().add("cameraId", "cam-1").add("triggered", true)
                        .add("until", until.toString()).build())));
        try (RecorderConnection connection = factory.getConnection("127.0.0.1", recorder.port())) {
            assertEquals(java.util.Optional.of(until), connection.triggerRecording("cam-1", 3, "door opened"));
            assertThrows(IllegalArgumentException.class, () -> connection.triggerRecording("cam-1", -1, "rule"));
            assertThrows(IllegalArgumentException.class, () -> connection.triggerRecording("cam-1", 1, " "));
        }

        recorder.awaitReceived(); // hello
        var trigger = recorder.awaitReceived();
        assertEquals(Frames.CMD_TRIGGER_RECORDING, trigger.getString("command"));
        assertEquals(Json.createObjectBuilder().add("cameraId", "cam-1").add("seconds", 3)
                .add("reason", "door opened").build(), trigger.getJsonObject("body"));
    }

    @Test
    void cameraControlCommandsCarryTheirArgumentsAndRefuseBadOnesLocally() throws Exception {
        recorder.answerRequestsWith(request -> List.of(Frames.okResponse(FakeRecorderServer.idOf(request),
                Json.createObjectBuilder().build())));
        try (RecorderConnection connection = factory.getConnection("127.0.0.1", recorder.port())) {
            connection.ptzGotoPreset("cam-1", "2");
            connection.setOutput("cam-1", "relay1", true);
            connection.ptzMove("cam-1", 0.5, 0, -0.25, 3);
            assertThrows(IllegalArgumentException.class, () -> connection.ptzGotoPreset("cam-1", " "));
            assertThrows(IllegalArgumentException.class, () -> connection.setOutput(" ", "relay1", true));
            assertThrows(IllegalArgumentException.class, () -> connection.ptzMove("cam-1", 2, 0, 0, 3));
            assertThrows(IllegalArgumentException.class, () -> connection.ptzMove("cam-1", Double.NaN, 0, 0, 3));
            assertThrows(IllegalArgumentException.class, () -> connection.ptzMove("cam-1", 0, 0, 0, 0));
        }

        recorder.awaitReceived(); // hello
        var preset = recorder.awaitReceived();
        var output = recorder.awaitReceived();
        var move = recorder.awaitReceived();
        assertEquals(Frames.CMD_PTZ_GOTO_PRESET, preset.getString("command"));
        assertEquals(Json.createObjectBuilder().add("cameraId", "cam-1").add("presetToken", "2").build(),
                preset.getJsonObject("body"));
        assertEquals(Frames.CMD_SET_OUTPUT, output.getString("command"));
        assertEquals(Json.createObjectBuilder().add("cameraId", "cam-1").add("outputToken", "relay1")
                .add("active", true).build(), output.getJsonObject("body"));
        assertEquals(Frames.CMD_PTZ_MOVE, move.getString("command"));
        assertEquals(-0.25, move.getJsonObject("body").getJsonNumber("zoom").doubleValue());
        assertEquals(3, move.getJsonObject("body").getInt("seconds"));
    }
}
