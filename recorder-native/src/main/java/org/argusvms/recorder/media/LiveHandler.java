package org.argusvms.recorder.media;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.PathTemplateHandler;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.WebSocketProtocolHandshakeHandler;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import org.argusvms.recorder.live.LiveStream;
import org.argusvms.recorder.live.LiveViewer;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;

import java.time.Clock;
import java.util.Deque;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code GET /live/{cameraId}?ticket=…}: checks the media ticket before the WebSocket upgrade (503 without a key yet,
 * 403 for a bad ticket, 404 for an unknown camera), then streams the camera's fMP4 to the socket. The ticket is the
 * whole authorisation, so no Origin header is required and no cookies are read.
 */
final class LiveHandler implements HttpHandler {

    /** Playback and export tickets are for recordings; only the LIVE right opens live video. */
    private static final Set<Purpose> LIVE_ONLY = Set.of(Purpose.LIVE);

    private static final Logger LOG = Logger.getLogger(LiveHandler.class.getName());
    private static final AttachmentKey<LiveStream> STREAM = AttachmentKey.create(LiveStream.class);

    private final MediaTicketKey ticketKey;
    private final LiveStreams streams;
    private final Clock clock;
    private final HttpHandler upgrade;

    LiveHandler(MediaTicketKey ticketKey, LiveStreams streams, Clock clock) {
        this.ticketKey = ticketKey;
        this.streams = streams;
        this.clock = clock;
        this.upgrade = new WebSocketProtocolHandshakeHandler(
                (WebSocketConnectionCallback) LiveHandler::connectViewer,
                exchange -> plain(exchange, StatusCodes.UPGRADE_REQUIRED, "WebSocket upgrade required"));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String cameraId = exchange.getAttachment(PathTemplateHandler.PATH_TEMPLATE_MATCH).getParameters()
                .get("cameraId");
        byte[] key = ticketKey.current();
        if (key == null) {
            plain(exchange, StatusCodes.SERVICE_UNAVAILABLE, "recorder not yet registered with the management server");
            return;
        }
        Deque<String> tickets = exchange.getQueryParameters().get("ticket");
        try {
            MediaTicket.verify(key, tickets == null ? null : tickets.peekFirst(), cameraId, LIVE_ONLY, clock.instant());
        } catch (SecurityException e) {
            LOG.fine(() -> "live request for " + cameraId + " refused: " + e.getMessage());
            plain(exchange, StatusCodes.FORBIDDEN, e.getMessage());
            return;
        }
        LiveStream stream = streams.find(cameraId);
        if (stream == null) {
            plain(exchange, StatusCodes.NOT_FOUND, "unknown camera");
            return;
        }
        exchange.putAttachment(STREAM, stream);
        upgrade.handleRequest(exchange);
    }

    private static void connectViewer(WebSocketHttpExchange exchange, WebSocketChannel channel) {
        LiveStream stream = exchange.getAttachment(STREAM);
        LiveViewer viewer = stream.addViewer(new WebSocketViewerConnection(channel));
        channel.addCloseTask(closed -> viewer.close());
        // viewers send nothing we need, but reading is how a close frame or a dead socket is noticed
        channel.getReceiveSetter().set(new AbstractReceiveListener() {
        });
        channel.resumeReceives();
    }

    static void plain(HttpServerExchange exchange, int status, String message) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseSender().send(message + "\n");
    }
}
