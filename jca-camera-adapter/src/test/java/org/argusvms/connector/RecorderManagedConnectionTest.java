package org.argusvms.connector;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ManagedConnection;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.connector.api.RecorderConnection;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.RecorderStatus;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.StorageConfiguration;
import org.argusvms.recorder.protocol.StorageUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command connections against a fake recorder speaking the protocol. */
class RecorderManagedConnectionTest {

    private static final Logger ADAPTER_LOGGER = Logger.getLogger("org.argusvms.connector");
    private static final RecorderStatus STATUS = new RecorderStatus("rec-1", "0.1.0",
            List.of(new CameraStatus("cam-1", "STREAMING", 250, 1_000_000, null, true, "UDP")));

    private final RecorderManagedConnectionFactory factory = new RecorderManagedConnectionFactory();
    private final List<ConnectionEvent> events = new ArrayList<>();
    private final List<ManagedConnection> opened = new ArrayList<>();
    private FakeRecorderServer recorder;
    private Handler logCapture;

    @BeforeEach
    void startRecorder() throws Exception {
        recorder = new FakeRecorderServer();
    }

    @AfterEach
    void stopRecorder() throws Exception {
        for (ManagedConnection connection : opened) {
            connection.destroy();
        }
        recorder.close();
        if (logCapture != null) {
            ADAPTER_LOGGER.removeHandler(logCapture);
            ADAPTER_LOGGER.setLevel(null);
        }
    }

    @Test
    void theHandshakeIntroducesTheManagementSideAndLearnsTheRecorderVersion() throws Exception {
        recorder.answerHelloWith(hello -> Frames.recorderHelloAnswer("rec-1", "0.4.2"));

        ManagedConnection connection = open();

        JsonObject hello = recorder.awaitReceived();
        assertEquals(Frames.HELLO, hello.getString("type"));
        assertEquals(1, hello.getInt("protocol"));
        assertEquals("management", hello.getString("role"));
        assertEquals("0.4.2", connection.getMetaData().getEISProductVersion());
    }

    @Test
    void eachCommandGetsTheResponseWithItsOwnId() throws Exception {
        recorder.answerRequestsWith(request -> {
            long id = FakeRecorderServer.idOf(request);
            return List.of(
                    Frames.heartbeat(),
                    Frames.okResponse(id + 100, Json.createObjectBuilder().add("stray", true).build()),
                    Frames.okResponse(id, STATUS.toJson()));
        });
        RecorderConnection connection = handle(open());

        assertEquals(STATUS, connection.getStatus());
        assertEquals(STATUS, connection.getStatus());

        recorder.awaitReceived(); // hello
        long firstId = recorder.awaitReceived().getJsonNumber("id").longValue();
        JsonObject second = recorder.awaitReceived();
        assertEquals(Frames.CMD_GET_STATUS, second.getString("command"));
        assertTrue(second.getJsonNumber("id").longValue() > firstId, "request ids increase");
    }

    @Test
    void commandsCarryTheirArguments() throws Exception {
        RecorderConnection connection = handle(open());
        CameraConfiguration camera = new CameraConfiguration("cam-1", "Gate", URI.create("rtsp://10.0.0.9:8554/gate"),
                "viewer", "s3cret", RecordingMode.ALWAYS, true);

        connection.applyCameraConfiguration(camera);
        connection.removeCamera("cam-2");

        recorder.awaitReceived(); // hello
        JsonObject apply = recorder.awaitReceived();
        assertEquals(Frames.CMD_APPLY_CAMERA, apply.getString("command"));
        assertEquals(camera, CameraConfiguration.fromJson(apply.getJsonObject("body")));
        JsonObject remove = recorder.awaitReceived();
        assertEquals(Frames.CMD_REMOVE_CAMERA, remove.getString("command"));
        assertEquals("cam-2", remove.getJsonObject("body").getString("cameraId"));
    }

    @Test
    void aStorageSetIsSentWholeAndTheUsageComesBack() throws Exception {
        List<StorageUsage> usage = List.of(new StorageUsage("s-1", 1000, 200, 700, null));
        recorder.answerRequestsWith(request -> List.of(Frames.okResponse(FakeRecorderServer.idOf(request),
                StorageUsage.listToJson(usage))));
        RecorderConnection connection = handle(open());
        List<StorageConfiguration> storages = List.of(
                new StorageConfiguration("s-1", "Main", "/var/lib/argus", 30, null, true));

        assertEquals(usage, connection.applyStorages(storages));
        assertEquals(usage, connection.getStorages());

        recorder.awaitReceived(); // hello
        JsonObject apply = recorder.awaitReceived();
        assertEquals(Frames.CMD_APPLY_STORAGES, apply.getString("command"));
        assertEquals(storages, StorageConfiguration.listFromJson(apply.getJsonObject("body")));
        assertEquals(Frames.CMD_GET_STORAGES, recorder.awaitReceived().getString("command"));
    }

    @Test
    void aRefusalCarriesTheRecordersCodeAndLeavesTheConnectionUsable() throws Exception {
        recorder.answerRequestsWith(request -> List.of(request.getString("command").equals(Frames.CMD_REMOVE_CAMERA)
                ? Frames.errorResponse(FakeRecorderServer.idOf(request), ErrorCode.INVALID_ARGUMENT, "cameraId too long")
                : Frames.okResponse(FakeRecorderServer.idOf(request), STATUS.toJson())));
        RecorderManagedConnection managed = open();
        RecorderConnection connection = handle(managed);

        RecorderCommandException refusal = assertThrows(RecorderCommandException.class, () -> connection.removeCamera("x"));

        assertEquals(ErrorCode.INVALID_ARGUMENT, refusal.code());
        assertTrue(refusal.getMessage().contains("cameraId too long"), refusal.getMessage());
        assertEquals(STATUS, connection.getStatus());
        assertEquals(List.of(), events, "no connection error reported");
        assertSame(managed, factory.matchManagedConnections(Set.of(managed), null, endpoint()));
    }

    @Test
    void noAnswerTimesOutAndTheConnectionIsNeverReused() throws Exception {
        factory.setRequestTimeoutMillis(300);
        recorder.answerRequestsWith(request -> List.of());
        RecorderManagedConnection managed = open();
        RecorderConnection connection = handle(managed);
        CameraConfiguration camera = new CameraConfiguration("cam-1", "Gate", URI.create("rtsp://10.0.0.9:8554/gate"),
                "viewer", "s3cret", RecordingMode.ALWAYS, true);
        List<LogRecord> logged = captureLogs();

        long started = System.nanoTime();
        RecorderCommandException timeout = assertThrows(RecorderCommandException.class,
                () -> connection.applyCameraConfiguration(camera));

        assertEquals(ErrorCode.TIMEOUT, timeout.code());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3000, "gave up after about the timeout");
        assertEquals(1, events.size());
        assertEquals(ConnectionEvent.CONNECTION_ERROR_OCCURRED, events.get(0).getId());
        assertNull(factory.matchManagedConnections(Set.of(managed), null, endpoint()), "a broken connection never matches");
        assertEquals(Set.of(managed), factory.getInvalidConnections(Set.of(managed)));
        assertNull(assertThrows(RecorderCommandException.class, connection::getStatus).code(),
                "later calls fail at once");
        assertTrue(logged.stream().noneMatch(record -> String.valueOf(record.getMessage()).contains("s3cret")),
                "the camera password is never logged");
    }

    @Test
    void aRecorderOfAnotherProtocolVersionIsRefused() throws Exception {
        recorder.answerHelloWith(hello -> Json.createObjectBuilder(Frames.recorderHelloAnswer("rec-1", "9.0.0"))
                .add("protocol", 2).build());

        ResourceException refused = assertThrows(ResourceException.class, this::open);

        assertEquals(ErrorCode.UNSUPPORTED_PROTOCOL, assertInstanceOf(ProtocolException.class, refused.getCause()).code());
    }

    @Test
    void aRecorderThatRefusesOurVersionIsReportedWithItsCode() throws Exception {
        recorder.answerHelloWith(hello -> Frames.error(ErrorCode.UNSUPPORTED_PROTOCOL, "speaks version 2 only"));

        ResourceException refused = assertThrows(ResourceException.class, this::open);

        ProtocolException cause = assertInstanceOf(ProtocolException.class, refused.getCause());
        assertEquals(ErrorCode.UNSUPPORTED_PROTOCOL, cause.code());
        assertTrue(refused.getMessage().contains("speaks version 2 only"), refused.getMessage());
    }

    @Test
    void connectionsMatchOnlyTheirOwnRecorder() throws Exception {
        RecorderManagedConnection managed = open();

        assertSame(managed, factory.matchManagedConnections(Set.of(managed), null, endpoint()));
        assertNull(factory.matchManagedConnections(Set.of(managed), null,
                new RecorderConnectionRequestInfo("127.0.0.1", recorder.port() + 1)));
        assertNull(factory.matchManagedConnections(Set.of(managed), null,
                new RecorderConnectionRequestInfo("localhost", recorder.port())), "matched by the name the caller used");
    }

    private RecorderConnectionRequestInfo endpoint() {
        return new RecorderConnectionRequestInfo("127.0.0.1", recorder.port());
    }

    private RecorderManagedConnection open() throws ResourceException {
        RecorderManagedConnection connection = (RecorderManagedConnection) factory.createManagedConnection(null, endpoint());
        opened.add(connection);
        connection.addConnectionEventListener(new ConnectionEventListener() {
            @Override
            public void connectionClosed(ConnectionEvent event) {
                events.add(event);
            }

            @Override
            public void connectionErrorOccurred(ConnectionEvent event) {
                events.add(event);
            }

            @Override
            public void localTransactionStarted(ConnectionEvent event) {
            }

            @Override
            public void localTransactionCommitted(ConnectionEvent event) {
            }

            @Override
            public void localTransactionRolledback(ConnectionEvent event) {
            }
        });
        return connection;
    }

    private static RecorderConnection handle(ManagedConnection connection) throws ResourceException {
        return (RecorderConnection) connection.getConnection(null, null);
    }

    /** Everything the adapter logs from now until the end of the test, at every level. */
    private List<LogRecord> captureLogs() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        logCapture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logCapture.setLevel(Level.ALL);
        ADAPTER_LOGGER.setLevel(Level.ALL);
        ADAPTER_LOGGER.addHandler(logCapture);
        return records;
    }
}
