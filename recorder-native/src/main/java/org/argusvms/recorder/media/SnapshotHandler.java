package org.argusvms.recorder.media;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.storage.MediaDatabase;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /snapshot/{cameraId}?at=ISO&ticket=…}: the recorded frame on screen at an instant, as a JPEG. The GOP
 * holding the instant is cut from the recording without re-encoding ({@link ExportPlan}) and decoded in memory; the
 * header {@code X-Argus-Frame-Time} tells the instant of the frame actually returned. Playback and export tickets
 * admit: a still is recorded video.
 *
 * <p>Decoding costs CPU that recording must not lose, so at most {@link #CONCURRENT_DECODES} run at once; a request
 * that cannot get a slot within a second is answered 503 with {@code Retry-After}.
 */
final class SnapshotHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(SnapshotHandler.class.getName());
    private static final HttpString FRAME_TIME = new HttpString("X-Argus-Frame-Time");
    private static final Set<Purpose> ACCEPTED = Set.of(Purpose.PLAYBACK, Purpose.EXPORT);
    private static final int CONCURRENT_DECODES = 2;
    private static final Duration DECODE_TIMEOUT = Duration.ofSeconds(10);

    private final MediaAccess access;
    private final MediaDatabase media;
    private final Semaphore decodeSlots = new Semaphore(CONCURRENT_DECODES);

    SnapshotHandler(MediaAccess access, MediaDatabase media) {
        this.access = access;
        this.media = media;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String cameraId = MediaAccess.cameraId(exchange);
        Instant at;
        try {
            at = TimeRange.instant(exchange, "at");
        } catch (IllegalArgumentException e) {
            MediaAccess.error(exchange, StatusCodes.BAD_REQUEST, e.getMessage());
            return;
        }
        if (!access.permits(exchange, cameraId, ACCEPTED)) {
            return;
        }
        if (exchange.isInIoThread()) {
            exchange.dispatch(() -> snapshot(exchange, cameraId, at));
            return;
        }
        snapshot(exchange, cameraId, at);
    }

    private void snapshot(HttpServerExchange exchange, String cameraId, Instant at) {
        boolean slot = false;
        try {
            slot = decodeSlots.tryAcquire(1, TimeUnit.SECONDS);
            if (!slot) {
                exchange.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
                MediaAccess.error(exchange, StatusCodes.SERVICE_UNAVAILABLE, "busy decoding other snapshots");
                return;
            }
            ExportPlan plan = ExportPlan.of(media.layout(), media.index().segments(cameraId, at.toEpochMilli(),
                    at.toEpochMilli() + 1), at, at.plusMillis(1));
            if (plan == null || at.isBefore(plan.start()) || !at.isBefore(plan.end())) {
                MediaAccess.error(exchange, StatusCodes.NOT_FOUND, "nothing recorded at " + at);
                return;
            }
            ByteArrayOutputStream mp4 = new ByteArrayOutputStream((int) plan.contentLength());
            plan.writeTo(mp4);
            long offsetNanos = Duration.between(plan.start(), at).toNanos();
            RecordedFrameDecoder.Frame frame = RecordedFrameDecoder.frameAt(mp4.toByteArray(), offsetNanos,
                    DECODE_TIMEOUT);
            byte[] jpeg = JpegEncoder.encode(frame);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "image/jpeg");
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            exchange.getResponseHeaders().put(FRAME_TIME,
                    plan.start().plusNanos(frame.presentationNanos()).toString());
            exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(jpeg));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            MediaAccess.error(exchange, StatusCodes.SERVICE_UNAVAILABLE, "recorder is shutting down");
        } catch (TimeoutException e) {
            MediaAccess.error(exchange, StatusCodes.SERVICE_UNAVAILABLE, "decoding the snapshot timed out");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "snapshot of " + cameraId + " at " + at + " failed", e);
            MediaAccess.error(exchange, StatusCodes.INTERNAL_SERVER_ERROR, "snapshot failed");
        } finally {
            if (slot) {
                decodeSlots.release();
            }
        }
    }
}
