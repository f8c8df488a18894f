package org.argusvms.recorder.media;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.json.JsonObject;
import org.argusvms.recorder.storage.MediaDatabase;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The recorder's HTTP port (default 7563): live video as fMP4 over WebSocket at {@code /live/{cameraId}}, the
 * recorded spans of a time range at {@code /recordings/{cameraId}}, MP4 export at {@code /export/{cameraId}}, and a
 * {@code /health} JSON document for monitoring.
 */
public final class MediaServer implements AutoCloseable {

    private final Undertow undertow;

    public MediaServer(String bindHost, int port, MediaTicketKey ticketKey, LiveStreams streams, MediaDatabase media,
                       Supplier<JsonObject> health, Clock clock) {
        MediaAccess access = new MediaAccess(ticketKey, clock);
        HttpHandler routes = Handlers.pathTemplate(false)
                .add("/live/{cameraId}", getOnly(new LiveHandler(ticketKey, streams, clock)))
                .add("/recordings/{cameraId}", getOnly(new RecordingsHandler(access, media.index())))
                .add("/export/{cameraId}", getOnly(new ExportHandler(access, media)))
                .add("/health", getOnly(exchange -> {
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
                    exchange.getResponseSender().send(health.get().toString());
                }));
        undertow = Undertow.builder()
                .addHttpListener(port, bindHost)
                .setIoThreads(2)
                .setWorkerThreads(4)
                .setHandler(routes)
                .build();
    }

    public void start() {
        undertow.start();
    }

    /** The bound port (differs from the configured one when that was 0). */
    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** Routes run on the I/O thread unless they dispatch themselves (export reads files). */
    private static HttpHandler getOnly(HttpHandler next) {
        return exchange -> {
            if (!Methods.GET.equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().put(Headers.ALLOW, "GET");
                LiveHandler.plain(exchange, StatusCodes.METHOD_NOT_ALLOWED, "only GET");
                return;
            }
            next.handleRequest(exchange);
        };
    }

    @Override
    public void close() {
        undertow.stop();
    }
}
