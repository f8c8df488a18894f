package org.argusvms.recorder.media;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.storage.MediaDatabase;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /export/{cameraId}?from=ISO&to=ISO&ticket=…}: one MP4 of the range, cut at keyframes, without
 * re-encoding, as a download; only export tickets admit, since the file leaves the VMS, which is what the EXPORT
 * right is about. {@code GET /playback/{cameraId}} serves the same MP4 inline for viewing recorded video in place:
 * playback tickets admit too, and its length limit keeps it from being an export. With {@code &keyframes=true} a
 * playback clip holds only each GOP's keyframe (fast-forward and scanning), and may span up to an hour.
 *
 * <p>Reading files blocks, so the work is dispatched to a worker thread and streamed fragment by fragment. The headers
 * {@code X-Argus-Export-Start}/{@code -End} tell the range actually exported.
 */
final class ExportHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(ExportHandler.class.getName());
    private static final HttpString EXPORT_START = new HttpString("X-Argus-Export-Start");
    private static final HttpString EXPORT_END = new HttpString("X-Argus-Export-End");

    /** Long enough to play around an instant and step through it; short enough not to replace an export. */
    static final Duration MAX_PLAYBACK_CLIP = Duration.ofMinutes(5);
    /** A keyframe-only clip carries about one frame per second: an hour of it is smaller than a minute at full rate. */
    static final Duration MAX_KEYFRAME_CLIP = Duration.ofHours(1);

    private final MediaAccess access;
    private final MediaDatabase media;
    private final Set<Purpose> accepted;
    private final Duration maxLength;
    private final String disposition;
    private final boolean keyframeClips;

    private ExportHandler(MediaAccess access, MediaDatabase media, Set<Purpose> accepted, Duration maxLength,
                          String disposition, boolean keyframeClips) {
        this.access = access;
        this.media = media;
        this.accepted = accepted;
        this.maxLength = maxLength;
        this.disposition = disposition;
        this.keyframeClips = keyframeClips;
    }

    static ExportHandler download(MediaAccess access, MediaDatabase media) {
        return new ExportHandler(access, media, Set.of(Purpose.EXPORT), TimeRange.MAX_LENGTH, "attachment", false);
    }

    static ExportHandler playback(MediaAccess access, MediaDatabase media) {
        return new ExportHandler(access, media, Set.of(Purpose.PLAYBACK, Purpose.EXPORT), MAX_PLAYBACK_CLIP,
                "inline", true);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        String cameraId = MediaAccess.cameraId(exchange);
        TimeRange range = access.permittedRange(exchange, cameraId, accepted);
        if (range == null) {
            return;
        }
        boolean keyframesOnly = keyframeClips && "true".equals(exchange.getQueryParameters()
                .getOrDefault("keyframes", new ArrayDeque<>()).peekFirst());
        Duration limit = keyframesOnly ? MAX_KEYFRAME_CLIP : maxLength;
        if (Duration.between(range.from(), range.to()).compareTo(limit) > 0) {
            MediaAccess.error(exchange, StatusCodes.BAD_REQUEST, "a " + (keyframesOnly ? "keyframe " : "playback ")
                    + "clip may span at most " + limit.toMinutes() + " minutes; use an export for longer ranges");
            return;
        }
        if (exchange.isInIoThread()) {
            exchange.dispatch(() -> export(exchange, cameraId, range, keyframesOnly));
            return;
        }
        export(exchange, cameraId, range, keyframesOnly);
    }

    private void export(HttpServerExchange exchange, String cameraId, TimeRange range, boolean keyframesOnly) {
        try {
            ExportPlan plan = ExportPlan.of(media.layout(), media.index().segments(cameraId,
                    range.from().toEpochMilli(), range.to().toEpochMilli()), range.from(), range.to());
            if (plan == null) {
                MediaAccess.error(exchange, StatusCodes.NOT_FOUND, "nothing recorded in this range");
                return;
            }
            if (!exchange.getAttachment(MediaAccess.PURPOSE).withAudio()) {
                plan = plan.withoutAudio(); // may see, may not hear: not one audio byte leaves the recorder
            }
            exchange.startBlocking();
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "video/mp4");
            if (!keyframesOnly) {
                exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, plan.contentLength());
            }
            exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, disposition + "; filename=\"" + cameraId + "-"
                    + plan.start().toString().replace(':', '-') + ".mp4\"");
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            exchange.getResponseHeaders().put(EXPORT_START, plan.start().toString());
            exchange.getResponseHeaders().put(EXPORT_END, plan.end().toString());
            if (keyframesOnly) {
                plan.writeKeyframesTo(exchange.getOutputStream());
            } else {
                plan.writeTo(exchange.getOutputStream());
            }
            exchange.endExchange();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "export of " + cameraId + " " + range + " failed", e);
            if (!exchange.isResponseStarted()) {
                MediaAccess.error(exchange, StatusCodes.INTERNAL_SERVER_ERROR, "export failed");
            } else {
                exchange.setPersistent(false);
                exchange.endExchange(); // the client sees a short body, not a silently truncated video
            }
        }
    }
}
