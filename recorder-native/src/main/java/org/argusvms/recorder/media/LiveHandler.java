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
import org.argusvms.recorder.live.LiveViewer;
import org.argusvms.recorder.protocol.LiveStreamSource;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;

import java.time.Clock;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code GET /live/{cameraId}?ticket=…&codecs=avc1,hvc1&stream=primary|secondary}: checks the media ticket before the WebSocket upgrade (503
 * without a key yet, 403 for a bad ticket, 404 for an unknown camera), then streams the camera's fMP4 to the socket.
 * The ticket is the whole authorisation, so no Origin header is required and no cookies are read.
 *
 * <p>A live-with-audio ticket gets the camera's sound as a second track unless the player adds {@code audio=0}.
 *
 * <p>{@code codecs} lists the MP4 sample entries the viewer's player accepts (a browser asks its MediaSource). A viewer
 * that does not list {@code hvc1} (or {@code hev1}), or sends no list, gets an H.264 transcode of an H.265 camera,
 * since H.264 is what every player decodes.
 *
 * <p>{@code stream} picks the camera's stream: {@code primary} (the default, the recorded one) or {@code secondary}
 * (its second, smaller stream for small tiles). A viewer asking for the second stream while the camera has none, or it
 * is down, gets the primary; the init message says which one it got ({@code "stream":"primary"}).
 */
final class LiveHandler implements HttpHandler {

    /**
     * Playback and export tickets are for recordings; only the LIVE right opens live video, with the camera's sound
     * when the ticket says the caller may listen.
     */
    private static final Set<Purpose> LIVE_ONLY = Set.of(Purpose.LIVE, Purpose.LIVE_AUDIO);

    private static final Logger LOG = Logger.getLogger(LiveHandler.class.getName());
    private static final AttachmentKey<LiveStreams.Selection> STREAM =
            AttachmentKey.create(LiveStreams.Selection.class);
    private static final AttachmentKey<Boolean> PLAYS_HEVC = AttachmentKey.create(Boolean.class);
    private static final AttachmentKey<Purpose> PURPOSE = AttachmentKey.create(Purpose.class);

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
        Purpose purpose;
        try {
            purpose = MediaTicket.verifiedPurpose(key, tickets == null ? null : tickets.peekFirst(), cameraId,
                    LIVE_ONLY, clock.instant());
        } catch (SecurityException e) {
            LOG.fine(() -> "live request for " + cameraId + " refused: " + e.getMessage());
            plain(exchange, StatusCodes.FORBIDDEN, e.getMessage());
            return;
        }
        Deque<String> wanted = exchange.getQueryParameters().get("stream");
        Optional<LiveStreamSource> source = wanted == null ? Optional.of(LiveStreamSource.PRIMARY)
                : LiveStreamSource.parse(wanted.peekFirst());
        if (source.isEmpty()) {
            plain(exchange, StatusCodes.BAD_REQUEST, "stream must be primary or secondary");
            return;
        }
        LiveStreams.Selection stream = streams.select(cameraId, source.get());
        if (stream == null) {
            plain(exchange, StatusCodes.NOT_FOUND, "unknown camera");
            return;
        }
        exchange.putAttachment(STREAM, stream);
        exchange.putAttachment(PLAYS_HEVC, playsHevc(exchange.getQueryParameters().get("codecs")));
        // a player that cannot play the sound asks for the picture alone
        Deque<String> audio = exchange.getQueryParameters().get("audio");
        boolean declined = audio != null && audio.contains("0");
        exchange.putAttachment(PURPOSE, declined ? Purpose.LIVE : purpose);
        upgrade.handleRequest(exchange);
    }

    static boolean playsHevc(Deque<String> codecs) {
        return codecs != null && codecs.stream().flatMap(list -> Arrays.stream(list.split(",")))
                .map(codec -> codec.trim().toLowerCase(Locale.ROOT))
                .anyMatch(codec -> codec.startsWith("hvc1") || codec.startsWith("hev1"));
    }

    private static void connectViewer(WebSocketHttpExchange exchange, WebSocketChannel channel) {
        LiveStreams.Selection stream = exchange.getAttachment(STREAM);
        LiveViewer viewer = stream.video().addViewer(new StreamNamingConnection(
                new WebSocketViewerConnection(channel), stream.stream()), exchange.getAttachment(PLAYS_HEVC),
                exchange.getAttachment(PURPOSE) == Purpose.LIVE_AUDIO);
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
