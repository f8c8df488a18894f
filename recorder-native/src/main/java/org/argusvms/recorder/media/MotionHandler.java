package org.argusvms.recorder.media;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import org.argusvms.recorder.motion.GridCells;
import org.argusvms.recorder.motion.MotionRegions;
import org.argusvms.recorder.motion.MotionSearch;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /motion/{cameraId}?from=ISO&to=ISO&region=x,y;x,y…&ticket=…}: smart search, the intervals in which the
 * camera had motion in the region (the whole picture without {@code region}), at most 24 hours at a time. A playback
 * ticket admits to it: motion metadata tells as much about the scene as the recording does.
 */
record MotionHandler(MediaAccess access, MotionSearch search) implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(MotionHandler.class.getName());
    private static final Set<Purpose> ACCEPTED = Set.of(Purpose.PLAYBACK);
    /** One factory: {@code Json.createObjectBuilder()} looks the provider up on every call, 30 µs per interval. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String cameraId = MediaAccess.cameraId(exchange);
        GridCells region;
        try {
            Deque<String> regions = exchange.getQueryParameters().get("region");
            region = MotionRegions.parse(regions == null ? null : regions.peekFirst());
        } catch (IllegalArgumentException e) {
            MediaAccess.error(exchange, StatusCodes.BAD_REQUEST, e.getMessage());
            return;
        }
        TimeRange range = access.permittedRange(exchange, cameraId, ACCEPTED);
        if (range == null) {
            return;
        }
        if (!StorageLayout.isSafeCameraId(cameraId)) {
            MediaAccess.error(exchange, StatusCodes.BAD_REQUEST, "not a camera id: " + cameraId);
            return;
        }
        exchange.dispatch(() -> answer(exchange, cameraId, region, range)); // reads files: off the I/O thread
    }

    private void answer(HttpServerExchange exchange, String cameraId, GridCells region, TimeRange range) {
        MotionSearch.Result result;
        try {
            result = search.motionIn(cameraId, region, range.from(), range.to());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "motion search of camera " + cameraId + " failed", e);
            MediaAccess.error(exchange, StatusCodes.INTERNAL_SERVER_ERROR, "motion metadata could not be read");
            return;
        }
        JsonArrayBuilder intervals = JSON.createArrayBuilder();
        result.intervals().forEach(interval -> intervals.add(JSON.createObjectBuilder()
                .add("start", interval.start().toString()).add("end", interval.end().toString())));
        MediaAccess.sendJson(exchange, JSON.createObjectBuilder()
                .add("cameraId", cameraId)
                .add("from", range.from().toString())
                .add("to", range.to().toString())
                .add("grid", JSON.createObjectBuilder().add("columns", GridCells.COLUMNS).add("rows", GridCells.ROWS))
                .add("region", region.toString())
                .add("intervals", intervals)
                .add("truncated", result.truncated())
                .build().toString());
    }
}
