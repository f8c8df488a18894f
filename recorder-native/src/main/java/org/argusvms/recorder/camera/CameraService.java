package org.argusvms.recorder.camera;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.ingest.IngestSettings;
import org.argusvms.recorder.live.LiveVideo;
import org.argusvms.recorder.media.LiveStreams;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.LiveStreamSource;
import org.argusvms.recorder.storage.CameraConfigurationStore;
import org.argusvms.recorder.storage.MediaDatabase;
import org.argusvms.recorder.storage.RecordingSettings;
import org.argusvms.recorder.storage.RecordingTrigger;
import org.argusvms.recorder.storage.RetentionPolicy;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The recorder's cameras: applies and removes configurations (persisting them first, so a failed write changes
 * nothing), restores them at startup, and answers status and live-stream lookups. Changes are serialised; reads are
 * lock-free so that monitoring never waits behind a camera being stopped.
 */
public final class CameraService implements LiveStreams, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CameraService.class.getName());

    private final StorageLayout layout;
    private final CameraConfigurationStore store;
    private final EventPublisher events;
    private final RecordingSettings recordingSettings;
    private final IngestSettings ingestSettings;
    private final MediaDatabase media;
    private final Clock clock;
    private final Map<String, Camera> cameras = new ConcurrentHashMap<>();

    public CameraService(StorageLayout layout, CameraConfigurationStore store, EventPublisher events,
                         RecordingSettings recordingSettings, IngestSettings ingestSettings, MediaDatabase media,
                         Clock clock) {
        this.layout = layout;
        this.store = store;
        this.events = events;
        this.recordingSettings = recordingSettings;
        this.ingestSettings = ingestSettings;
        this.media = media;
        this.clock = clock;
    }

    /** Starts the cameras of the stored configuration, as last applied before this process started. */
    public synchronized void restore() throws IOException {
        for (CameraConfiguration configuration : store.load()) {
            if (StorageLayout.isSafeCameraId(configuration.cameraId())) {
                start(configuration, CameraTotals.NONE);
            }
        }
        LOG.info(() -> "restored " + cameras.size() + " camera(s) from " + layout.cameraConfigurationFile());
    }

    /**
     * Applies a camera configuration. The same configuration again changes nothing; a changed name or recording
     * mode is applied in place; any other change reconnects the camera with the new settings.
     *
     * @throws IllegalArgumentException if the camera id cannot be stored safely; nothing changed
     * @throws IOException if the configuration could not be persisted; nothing changed
     */
    public synchronized CameraStatus apply(CameraConfiguration configuration) throws IOException {
        if (!StorageLayout.isSafeCameraId(configuration.cameraId())) {
            throw new IllegalArgumentException("cameraId must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', '-'"
                    + " and start with a letter or digit");
        }
        Camera existing = cameras.get(configuration.cameraId());
        if (existing != null && existing.configuration().equals(configuration)) {
            return existing.status();
        }
        persistWith(configuration.cameraId(), configuration);
        applyRetention(configuration);
        if (existing != null && existing.canReconfigureInPlace(configuration)) {
            existing.reconfigureInPlace(configuration);
            return existing.status();
        }
        CameraTotals totals = CameraTotals.NONE;
        if (existing != null) {
            existing.stop(configuration.enabled() ? "configuration changed" : "camera disabled");
            totals = existing.totals();
        }
        return start(configuration, totals).status();
    }

    /** Removes a camera; removing an unknown camera succeeds. Recorded media stays on disk. */
    public synchronized void remove(String cameraId) throws IOException {
        Camera existing = cameras.get(cameraId);
        if (existing == null) {
            return;
        }
        persistWith(cameraId, null);
        cameras.remove(cameraId);
        existing.stop("camera removed");
    }

    public List<CameraStatus> statuses() {
        return sortedCameras().stream().map(Camera::status).toList();
    }

    public JsonArray health() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        sortedCameras().forEach(camera -> array.add(camera.health()));
        return array.build();
    }

    /** The camera's recording trigger (for events and motion detection), empty if the recorder lacks the camera. */
    public Optional<RecordingTrigger> recordingTrigger(String cameraId) {
        return Optional.ofNullable(cameraId == null ? null : cameras.get(cameraId)).map(Camera::recordingTrigger);
    }

    /** The camera's configuration as last applied, empty if the recorder lacks the camera. */
    public Optional<CameraConfiguration> configuration(String cameraId) {
        return Optional.ofNullable(cameraId == null ? null : cameras.get(cameraId)).map(Camera::configuration);
    }

    @Override
    public LiveVideo find(String cameraId) {
        Camera camera = cameraId == null ? null : cameras.get(cameraId);
        return camera == null ? null : camera.live();
    }

    @Override
    public LiveStreams.Selection select(String cameraId, LiveStreamSource wanted) {
        Camera camera = cameraId == null ? null : cameras.get(cameraId);
        return camera == null ? null : camera.live(wanted);
    }

    /** Stops every camera (finishing their recordings) without forgetting their configuration. */
    @Override
    public synchronized void close() {
        cameras.values().forEach(camera -> camera.stop("recorder stopping"));
        cameras.clear();
    }

    /** Where the camera's next segments go and which limits its own configuration adds to its storage's. */
    private void applyRetention(CameraConfiguration configuration) {
        media.storages().assign(configuration.cameraId(), configuration.storageId());
        media.setRetention(configuration.cameraId(),
                RetentionPolicy.of(configuration.retentionHours(), configuration.retentionMegabytes()));
    }

    private Camera start(CameraConfiguration configuration, CameraTotals totals) {
        applyRetention(configuration);
        Camera camera = new Camera(configuration, totals, layout, recordingSettings, ingestSettings, events, media,
                clock);
        cameras.put(configuration.cameraId(), camera);
        camera.start();
        return camera;
    }

    /** Writes the configuration set with one camera replaced ({@code null}: removed). */
    private void persistWith(String cameraId, CameraConfiguration replacement) throws IOException {
        Map<String, CameraConfiguration> next = new LinkedHashMap<>();
        sortedCameras().forEach(camera -> next.put(camera.configuration().cameraId(), camera.configuration()));
        if (replacement == null) {
            next.remove(cameraId);
        } else {
            next.put(cameraId, replacement);
        }
        store.save(new ArrayList<>(next.values()));
    }

    private List<Camera> sortedCameras() {
        return cameras.values().stream()
                .sorted(Comparator.comparing(camera -> camera.configuration().cameraId())).toList();
    }
}
