package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.camera.CameraService;
import org.argusvms.recorder.control.CommandHandler;
import org.argusvms.recorder.control.CommandServer;
import org.argusvms.recorder.events.EventClient;
import org.argusvms.recorder.events.EventClientSettings;
import org.argusvms.recorder.events.EventOutbox;
import org.argusvms.recorder.events.EventSequenceReservation;
import org.argusvms.recorder.ingest.IngestSettings;
import org.argusvms.recorder.media.MediaServer;
import org.argusvms.recorder.media.MediaTicketKey;
import org.argusvms.recorder.metadata.MetadataFiles;
import org.argusvms.recorder.motion.MotionGridFiles;
import org.argusvms.recorder.protocol.RecorderRegistration;
import org.argusvms.recorder.storage.CameraConfigurationStore;
import org.argusvms.recorder.storage.MediaDatabase;
import org.argusvms.recorder.storage.RecordingSettings;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A running recording server: wires storage, cameras, the command server, the media server and the event client,
 * and shuts them down in an order that finishes every recording.
 */
public final class Recorder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Recorder.class.getName());
    static final int EVENT_OUTBOX_CAPACITY = 100_000;
    static final Duration RETENTION_SWEEP_INTERVAL = Duration.ofSeconds(30);

    private final RecorderOptions options;
    private final MediaDatabase media;
    private final CameraService cameras;
    private final EventOutbox outbox;
    private final CommandServer commandServer;
    private final MediaServer mediaServer;
    private final EventClient eventClient;

    private Recorder(RecorderOptions options, Clock clock, IngestSettings ingestSettings) throws IOException {
        this.options = options;
        StorageLayout layout = new StorageLayout(options.storage());
        Files.createDirectories(layout.stateDirectory());
        EventSequenceReservation sequence = new EventSequenceReservation(layout.eventSequenceFile());
        outbox = EventOutbox.durable(options.recorderId(), layout.eventOutboxFile(), sequence.firstUnreserved(),
                EVENT_OUTBOX_CAPACITY, clock);
        RecordingSettings recordingSettings = new RecordingSettings(options.segmentDuration(),
                RecordingSettings.defaults().maxFragmentDuration(), RecordingSettings.defaults().queueCapacity());
        media = MediaDatabase.open(layout, outbox, clock, options.minFreeMegabytes() * 1024 * 1024);
        media.deleteWithMedia(new MotionGridFiles(layout));
        media.deleteWithMedia(MetadataFiles.of(layout));
        cameras = new CameraService(layout, new CameraConfigurationStore(layout.cameraConfigurationFile()), outbox,
                recordingSettings, ingestSettings, media, clock);
        MediaTicketKey ticketKey = new MediaTicketKey();
        String version = RecorderVersion.current();
        try {
            commandServer = new CommandServer(options.bindHost(), options.effectiveControlPort(),
                    new CommandHandler(options.recorderId(), version, cameras, media));
        } catch (IOException | RuntimeException e) {
            media.close(); // free the storage for the next attempt
            outbox.close();
            throw e;
        }
        mediaServer = new MediaServer(options.bindHost(), options.effectiveMediaPort(), ticketKey, cameras,
                media, this::health, clock);
        try {
            mediaServer.start();
        } catch (RuntimeException e) {
            commandServer.close(); // e.g. the media port is taken: free the control port again
            outbox.close();
            media.close();
            throw new IOException("cannot listen on media port " + options.effectiveMediaPort() + ": "
                    + e.getMessage(), e);
        }
        RecorderRegistration registration = new RecorderRegistration(options.recorderId(), options.name(),
                options.advertiseHost(), commandServer.port(),
                "http://" + options.advertiseHost() + ":" + mediaServer.port(), version, layout.root().toString());
        eventClient = new EventClient(
                EventClientSettings.defaults(options.managementHost(), options.effectiveManagementPort()),
                registration, outbox, sequence, ticketKey);
    }

    /**
     * Starts a recorder: restores the stored cameras, then opens the ports and connects to the management server.
     * The ingest path is the options' ({@code --ingest}), whatever the settings say.
     */
    public static Recorder start(RecorderOptions options, Clock clock, IngestSettings ingestSettings)
            throws IOException {
        Recorder recorder = new Recorder(options, clock, ingestSettings.withPath(options.ingest()));
        try {
            recorder.media.startSweeping(RETENTION_SWEEP_INTERVAL);
            recorder.cameras.restore();
            recorder.commandServer.start();
            recorder.eventClient.start();
        } catch (IOException | RuntimeException e) {
            recorder.close();
            throw e;
        }
        LOG.info(() -> "recorder " + options.recorderId() + " up: control port " + recorder.controlPort()
                + ", media port " + recorder.mediaPort() + ", storage " + options.storage().toAbsolutePath());
        return recorder;
    }

    public static Recorder start(RecorderOptions options) throws IOException {
        return start(options, Clock.systemUTC(), IngestSettings.defaults());
    }

    public int controlPort() {
        return commandServer.port();
    }

    public int mediaPort() {
        return mediaServer.port();
    }

    /** The media database, for callers that need retention to run now (tests, operations). */
    public MediaDatabase media() {
        return media;
    }

    JsonObject health() {
        return Json.createObjectBuilder()
                .add("recorderId", options.recorderId())
                .add("version", RecorderVersion.current())
                .add("managementConnected", eventClient != null && eventClient.connected())
                .add("unacknowledgedEvents", outbox.pending())
                .add("cameras", cameras.health())
                .add("storage", media.health())
                .build();
    }

    /**
     * Stops accepting commands, finishes every recording (so the last frames reach the disk) and gives queued
     * events a moment to reach the management server.
     */
    @Override
    public void close() {
        commandServer.close();
        cameras.close();
        mediaServer.close();
        media.close();
        awaitEventsDelivered(Duration.ofSeconds(2));
        eventClient.close();
        outbox.close();
        LOG.info(() -> "recorder " + options.recorderId() + " stopped");
    }

    private void awaitEventsDelivered(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (eventClient.connected() && outbox.pending() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
