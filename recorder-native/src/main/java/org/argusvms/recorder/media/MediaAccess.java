package org.argusvms.recorder.media;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.PathTemplateHandler;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.json.Json;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;

import java.time.Clock;
import java.util.Deque;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The media ticket check shared by the recordings and export routes (the same check as live video), with errors
 * answered as JSON {@code {"error": …}}. Each route names the ticket purposes that admit to it, so a live ticket
 * cannot download an export.
 */
final class MediaAccess {

    private static final Logger LOG = Logger.getLogger(MediaAccess.class.getName());
    /** The purpose of the ticket that admitted the request, once {@link #permits} said yes. */
    static final AttachmentKey<Purpose> PURPOSE = AttachmentKey.create(Purpose.class);

    private final MediaTicketKey ticketKey;
    private final Clock clock;

    MediaAccess(MediaTicketKey ticketKey, Clock clock) {
        this.ticketKey = ticketKey;
        this.clock = clock;
    }

    static String cameraId(HttpServerExchange exchange) {
        return exchange.getAttachment(PathTemplateHandler.PATH_TEMPLATE_MATCH).getParameters().get("cameraId");
    }

    /**
     * Answers 503 or 403 and returns false unless the request carries a valid ticket for the camera with one of the
     * accepted purposes.
     */
    boolean permits(HttpServerExchange exchange, String cameraId, Set<Purpose> accepted) {
        byte[] key = ticketKey.current();
        if (key == null) {
            error(exchange, StatusCodes.SERVICE_UNAVAILABLE, "recorder not yet registered with the management server");
            return false;
        }
        Deque<String> tickets = exchange.getQueryParameters().get("ticket");
        try {
            exchange.putAttachment(PURPOSE, MediaTicket.verifiedPurpose(key,
                    tickets == null ? null : tickets.peekFirst(), cameraId, accepted, clock.instant()));
            return true;
        } catch (SecurityException e) {
            LOG.fine(() -> exchange.getRequestPath() + " refused: " + e.getMessage());
            error(exchange, StatusCodes.FORBIDDEN, e.getMessage());
            return false;
        }
    }

    /**
     * The request's time range, if it is well formed and the ticket admits the caller to the camera; otherwise the
     * request has been answered (400 for the range, 403/503 for the ticket) and this returns null.
     */
    TimeRange permittedRange(HttpServerExchange exchange, String cameraId, Set<Purpose> accepted) {
        TimeRange range;
        try {
            range = TimeRange.of(exchange);
        } catch (IllegalArgumentException e) {
            error(exchange, StatusCodes.BAD_REQUEST, e.getMessage());
            return null;
        }
        return permits(exchange, cameraId, accepted) ? range : null;
    }

    /** A JSON answer about recorded media, which changes as the recorder records: never cached. */
    static void sendJson(HttpServerExchange exchange, String json) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(json);
    }

    static void error(HttpServerExchange exchange, int status, String message) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(Json.createObjectBuilder().add("error", message).build().toString());
    }
}
