package org.argusvms.recorder.metadata;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.FrameListener;
import org.argusvms.recorder.onvif.OnvifMetadata;
import org.argusvms.recorder.onvif.OnvifMetadataXml;
import org.argusvms.recorder.storage.HourlyFiles;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records one camera's ONVIF metadata: each document is checked (well-formed {@code tt:MetadataStream}, else dropped
 * and counted), appended to the camera's hourly metadata files, and its changed events published as recorder
 * events. The ingest thread only hands documents to the shared {@link MetadataWorker}; parsing and disk writes
 * happen there, so a camera's metadata never delays anyone's video.
 */
public final class CameraMetadata implements FrameListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CameraMetadata.class.getName());
    private static final long LOG_INTERVAL_MILLIS = 60_000;

    private final String cameraId;
    private final EventPublisher events;
    private final MetadataWriter writer;
    private final MetadataEventChanges changes = new MetadataEventChanges();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private long lastComplaintMillis = Long.MIN_VALUE;

    public CameraMetadata(String cameraId, HourlyFiles files, EventPublisher events) {
        this.cameraId = cameraId;
        this.events = events;
        this.writer = new MetadataWriter(files, cameraId);
    }

    @Override
    public void onFrame(VideoFrame frame) {
        // video is not this listener's business
    }

    @Override
    public void onMetadata(MetadataDocument document) {
        if (!MetadataWorker.shared().submit(() -> record(document))) {
            dropped.incrementAndGet(); // the worker is far behind (a disk that stalls): metadata gives way
        }
    }

    @Override
    public void onStreamInterrupted(String reason) {
        // documents carry their own times; nothing spans connections
    }

    /** On the worker thread. */
    private void record(MetadataDocument document) {
        OnvifMetadata metadata;
        try {
            metadata = OnvifMetadataXml.parse(document.xml());
        } catch (OnvifMetadataXml.MalformedMetadataException e) {
            long count = malformed.incrementAndGet();
            complain(document.epochMillis(), () -> "camera " + cameraId + ": dropped " + count
                    + " malformed metadata document(s) so far; last: " + e.getMessage());
            return;
        }
        try {
            writer.append(document);
            stored.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            complain(document.epochMillis(), () -> "camera " + cameraId + ": cannot store metadata: " + e);
        }
        for (MetadataEventChanges.Change change : changes.changes(metadata)) {
            events.publish(change.eventType(), cameraId, change.attributes());
        }
    }

    private void complain(long nowMillis, Supplier<String> message) {
        if (nowMillis - lastComplaintMillis >= LOG_INTERVAL_MILLIS) {
            lastComplaintMillis = nowMillis;
            LOG.warning(message);
        }
    }

    /** For the recorder's {@code /health}: documents stored, malformed (dropped), dropped because the worker was behind. */
    public JsonObject health() {
        return Json.createObjectBuilder().add("documentsStored", stored.get())
                .add("documentsMalformed", malformed.get()).add("documentsDropped", dropped.get()).build();
    }

    /** Closes the hour file once the documents queued before have been written; waits for that briefly. */
    @Override
    public void close() {
        MetadataWorker.shared().submitAndWait(() -> {
            try {
                writer.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "camera " + cameraId + ": cannot close its metadata file", e);
            }
        });
    }
}
