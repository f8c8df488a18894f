package org.argusvms.recorder.media;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.storage.MediaIndex;
import org.argusvms.recorder.storage.SegmentRecord;

import java.util.List;
import java.util.Set;

/**
 * {@code GET /recordings/{cameraId}?from=ISO&to=ISO&ticket=…}: the recorded spans and gaps of a camera in a range,
 * answered from the in-memory index (no file is opened), so it runs on the I/O thread. Playback and export tickets
 * admit to it: both need to know what was recorded.
 */
final class RecordingsHandler implements HttpHandler {

    private static final Set<Purpose> ACCEPTED = Set.of(Purpose.PLAYBACK, Purpose.EXPORT);

    private final MediaAccess access;
    private final MediaIndex index;

    RecordingsHandler(MediaAccess access, MediaIndex index) {
        this.access = access;
        this.index = index;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String cameraId = MediaAccess.cameraId(exchange);
        TimeRange range = access.permittedRange(exchange, cameraId, ACCEPTED);
        if (range == null) {
            return;
        }
        List<SegmentRecord> segments = index.segments(cameraId, range.from().toEpochMilli(),
                range.to().toEpochMilli());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(RecordedSpans.toJson(cameraId, segments, range).toString());
    }
}
