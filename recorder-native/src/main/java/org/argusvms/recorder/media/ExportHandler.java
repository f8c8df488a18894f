package org.argusvms.recorder.media;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.storage.MediaDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /export/{cameraId}?from=ISO&to=ISO&ticket=…}: one MP4 of the range, cut at keyframes, without
 * re-encoding, as a download; only export tickets admit, since the file leaves the VMS, which is what the EXPORT
 * right is about. {@code GET /playback/{cameraId}} serves the same MP4 inline for viewing recorded video in place:
 * playback tickets admit too, and its length limit keeps it from being an export. With {@code &keyframes=true} a
 * playback clip holds only each GOP's keyframe (fast-forward and scanning), and may span up to an hour.
 *
 * <p>A playback request may list the codecs its browser plays ({@code &codecs=avc1}, as the live route takes them): an
 * H.265 recording asked for by a browser that does not list {@code hvc1}/{@code hev1} is transcoded to H.264
 * ({@link ClipTranscoder}), at most {@link #MAX_TRANSCODED_CLIP} at full rate, and says so in
 * {@code X-Argus-Transcoded}. Without a list, and always for exports, the recording is sent as recorded.
 *
 * <p>Reading files blocks, so the work is dispatched to a worker thread and streamed fragment by fragment. The headers
 * {@code X-Argus-Export-Start}/{@code -End} tell the range actually exported.
 */
final class ExportHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(ExportHandler.class.getName());
    private static final HttpString EXPORT_START = new HttpString("X-Argus-Export-Start");
    private static final HttpString EXPORT_END = new HttpString("X-Argus-Export-End");
    private static final HttpString TRANSCODED = new HttpString("X-Argus-Transcoded");

    /** Long enough to play around an instant and step through it; short enough not to replace an export. */
    static final Duration MAX_PLAYBACK_CLIP = Duration.ofMinutes(5);
    /** A keyframe-only clip carries about one frame per second: an hour of it is smaller than a minute at full rate. */
    static final Duration MAX_KEYFRAME_CLIP = Duration.ofHours(1);
    /** A transcoded clip is cut short so that its first picture comes within a second or two; playing on fetches on. */
    static final Duration MAX_TRANSCODED_CLIP = Duration.ofSeconds(10);
    static final Duration MAX_TRANSCODED_KEYFRAME_CLIP = Duration.ofMinutes(10);
    private static final Duration TRANSCODE_TIMEOUT = Duration.ofSeconds(60);

    private final MediaAccess access;
    private final MediaDatabase media;
    private final Set<Purpose> accepted;
    private final Duration maxLength;
    private final String disposition;
    private final boolean playbackRoute;

    private ExportHandler(MediaAccess access, MediaDatabase media, Set<Purpose> accepted, Duration maxLength,
                          String disposition, boolean playbackRoute) {
        this.access = access;
        this.media = media;
        this.accepted = accepted;
        this.maxLength = maxLength;
        this.disposition = disposition;
        this.playbackRoute = playbackRoute;
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
        boolean keyframesOnly = playbackRoute && "true".equals(exchange.getQueryParameters()
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
            ExportPlan plan = plan(cameraId, range.from(), range.to());
            if (plan == null) {
                MediaAccess.error(exchange, StatusCodes.NOT_FOUND, "nothing recorded in this range");
                return;
            }
            if (!exchange.getAttachment(MediaAccess.PURPOSE).withAudio()) {
                plan = plan.withoutAudio(); // may see, may not hear: not one audio byte leaves the recorder
            }
            if (playbackRoute && plan.isHevc() && !playsHevc(exchange)) {
                sendTranscoded(exchange, cameraId, range, plan, keyframesOnly);
                return;
            }
            exchange.startBlocking();
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "video/mp4");
            if (!keyframesOnly) {
                exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, plan.contentLength());
            }
            describe(exchange, cameraId, plan);
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

    private ExportPlan plan(String cameraId, Instant from, Instant to) throws IOException {
        return ExportPlan.of(media.layout(), media.index().segments(cameraId, from.toEpochMilli(), to.toEpochMilli()),
                from, to);
    }

    private void describe(HttpServerExchange exchange, String cameraId, ExportPlan plan) {
        exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, disposition + "; filename=\"" + cameraId + "-"
                + plan.start().toString().replace(':', '-') + ".mp4\"");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseHeaders().put(EXPORT_START, plan.start().toString());
        exchange.getResponseHeaders().put(EXPORT_END, plan.end().toString());
    }

    /** A request that lists codecs without hvc1/hev1; one without a list gets the recording as it is. */
    private static boolean playsHevc(HttpServerExchange exchange) {
        Deque<String> codecs = exchange.getQueryParameters().get("codecs");
        return codecs == null || LiveHandler.playsHevc(codecs);
    }

    /** The H.265 clip as H.264, cut to what a transcode delivers promptly; a busy recorder answers 503. */
    private void sendTranscoded(HttpServerExchange exchange, String cameraId, TimeRange range, ExportPlan plan,
                                boolean keyframesOnly) throws IOException {
        Instant cut = plan.start().plus(keyframesOnly ? MAX_TRANSCODED_KEYFRAME_CLIP : MAX_TRANSCODED_CLIP);
        // the transcode carries the picture only
        ExportPlan shortened = (plan.end().isAfter(cut) ? plan(cameraId, range.from(), cut) : plan).withoutAudio();
        ByteArrayOutputStream recorded = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8,
                shortened.contentLength()));
        if (keyframesOnly) {
            shortened.writeKeyframesTo(recorded);
        } else {
            shortened.writeTo(recorded);
        }
        byte[] transcoded;
        try {
            transcoded = ClipTranscoder.toH264(recorded.toByteArray(), keyframesOnly, TRANSCODE_TIMEOUT);
        } catch (TimeoutException e) {
            MediaAccess.error(exchange, StatusCodes.SERVICE_UNAVAILABLE,
                    "the recorder is busy transcoding H.265 recordings for browsers without HEVC; try again shortly");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            MediaAccess.error(exchange, StatusCodes.SERVICE_UNAVAILABLE, "the recorder is shutting down");
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "video/mp4");
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, transcoded.length);
        exchange.getResponseHeaders().put(TRANSCODED, "h264");
        describe(exchange, cameraId, shortened);
        exchange.getResponseSender().send(ByteBuffer.wrap(transcoded));
    }
}
