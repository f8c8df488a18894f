package org.argusvms.recorder.media;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.json.JsonObject;
import org.argusvms.recorder.metadata.MetadataFiles;
import org.argusvms.recorder.metadata.MetadataSearch;
import org.argusvms.recorder.motion.MotionGridFiles;
import org.argusvms.recorder.motion.MotionSearch;
import org.argusvms.recorder.storage.MediaDatabase;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The recorder's HTTP port (default 7563): live video as fMP4 over WebSocket at {@code /live/{cameraId}}, the
 * recorded spans of a time range at {@code /recordings/{cameraId}}, MP4 export at {@code /export/{cameraId}}, short
 * inline clips for playback at {@code /playback/{cameraId}}, a JPEG of the recorded frame at an instant at
 * {@code /snapshot/{cameraId}}, smart search (intervals with motion in a region) at {@code /motion/{cameraId}}, the
 * camera's ONVIF metadata documents of a time range at {@code /metadata/{cameraId}},
 * and a {@code /health} JSON document for monitoring.
 */
public final class MediaServer implements AutoCloseable {

    private static final HttpString ACCESS_CONTROL_ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
    private static final HttpString ACCESS_CONTROL_EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");

    private final Undertow undertow;

    public MediaServer(String bindHost, int port, MediaTicketKey ticketKey, LiveStreams streams, MediaDatabase media,
                       Supplier<JsonObject> health, Clock clock) {
        MediaAccess access = new MediaAccess(ticketKey, clock);
        HttpHandler routes = Handlers.pathTemplate(false)
                .add("/live/{cameraId}", getOnly(new LiveHandler(ticketKey, streams, clock)))
                .add("/recordings/{cameraId}", crossOrigin(getOnly(new RecordingsHandler(access, media.index()))))
                .add("/export/{cameraId}", crossOrigin(getOnly(ExportHandler.download(access, media))))
                .add("/playback/{cameraId}", crossOrigin(getOnly(ExportHandler.playback(access, media))))
                .add("/snapshot/{cameraId}", crossOrigin(getOnly(new SnapshotHandler(access, media))))
                .add("/motion/{cameraId}", crossOrigin(getOnly(new MotionHandler(access,
                        new MotionSearch(new MotionGridFiles(media.layout()))))))
                .add("/metadata/{cameraId}", crossOrigin(getOnly(new MetadataHandler(access,
                        new MetadataSearch(MetadataFiles.of(media.layout()))))))
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

    /**
     * The web client is served by WildFly, another origin, and fetches recordings with {@code fetch()}. Any origin may
     * read: the ticket in the URL is the credential (no cookies are involved), so CORS adds no exposure.
     */
    private static HttpHandler crossOrigin(HttpHandler next) {
        return exchange -> {
            exchange.getResponseHeaders().put(ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            exchange.getResponseHeaders().put(ACCESS_CONTROL_EXPOSE_HEADERS,
                    "Content-Length, Content-Disposition, X-Argus-Export-Start, X-Argus-Export-End, X-Argus-Frame-Time, "
                            + "X-Argus-Transcoded");
            next.handleRequest(exchange);
        };
    }

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
