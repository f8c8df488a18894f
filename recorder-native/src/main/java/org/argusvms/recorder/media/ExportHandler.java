package org.argusvms.recorder.media;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import org.argusvms.recorder.storage.MediaDatabase;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /export/{cameraId}?from=ISO&to=ISO&ticket=…}: one MP4 of the range, cut at keyframes, without
 * re-encoding. Reading files blocks, so the work is dispatched to a worker thread and streamed fragment by fragment.
 * The headers {@code X-Argus-Export-Start}/{@code -End} tell the range actually exported.
 */
final class ExportHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(ExportHandler.class.getName());
    private static final HttpString EXPORT_START = new HttpString("X-Argus-Export-Start");
    private static final HttpString EXPORT_END = new HttpString("X-Argus-Export-End");

    private final MediaAccess access;
    private final MediaDatabase media;

    ExportHandler(MediaAccess access, MediaDatabase media) {
        this.access = access;
        this.media = media;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        String cameraId = MediaAccess.cameraId(exchange);
        TimeRange range = access.permittedRange(exchange, cameraId);
        if (range == null) {
            return;
        }
        if (exchange.isInIoThread()) {
            exchange.dispatch(() -> export(exchange, cameraId, range));
            return;
        }
        export(exchange, cameraId, range);
    }

    private void export(HttpServerExchange exchange, String cameraId, TimeRange range) {
        try {
            ExportPlan plan = ExportPlan.of(media.layout(), media.index().segments(cameraId,
                    range.from().toEpochMilli(), range.to().toEpochMilli()), range.from(), range.to());
            if (plan == null) {
                MediaAccess.error(exchange, StatusCodes.NOT_FOUND, "nothing recorded in this range");
                return;
            }
            exchange.startBlocking();
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "video/mp4");
            exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, plan.contentLength());
            exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"" + cameraId + "-"
                    + plan.start().toString().replace(':', '-') + ".mp4\"");
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            exchange.getResponseHeaders().put(EXPORT_START, plan.start().toString());
            exchange.getResponseHeaders().put(EXPORT_END, plan.end().toString());
            plan.writeTo(exchange.getOutputStream());
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
