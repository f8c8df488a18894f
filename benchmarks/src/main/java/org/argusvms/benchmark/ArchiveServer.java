package org.argusvms.benchmark;

import jakarta.json.Json;
import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.media.MediaServer;
import org.argusvms.recorder.media.MediaTicketKey;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.storage.MediaDatabase;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The recorder's media database and HTTP media server over an archive, in this process, on a free port: what a
 * started recorder serves on its media port, without cameras and without a management server (the ticket key that
 * the management server would send in its welcome is made up here, and tickets are signed with it).
 */
final class ArchiveServer implements AutoCloseable {

    private final MediaDatabase media;
    private final MediaServer server;
    private final byte[] key = new byte[32];

    ArchiveServer(Path storage) throws IOException {
        EventPublisher noEvents = (type, cameraId, attributes) -> { };
        media = MediaDatabase.open(new StorageLayout(storage), noEvents, Clock.systemUTC(), 0);
        new SecureRandom().nextBytes(key);
        MediaTicketKey ticketKey = new MediaTicketKey();
        ticketKey.accept(key);
        server = new MediaServer("127.0.0.1", 0, ticketKey, cameraId -> null, media,
                () -> Json.createObjectBuilder().build(), Clock.systemUTC());
        server.start();
    }

    /** {@code GET /{route}/{cameraId}?from&to&ticket} with a valid ticket of {@code purpose}. */
    URI uri(String route, String cameraId, Instant from, Instant to, Purpose purpose) {
        return uri(route, cameraId, "from=" + from + "&to=" + to, purpose);
    }

    /** {@code GET /snapshot/{cameraId}?at&ticket}: the recorded frame at an instant, decoded by the recorder. */
    URI snapshotUri(String cameraId, Instant at) {
        return uri("snapshot", cameraId, "at=" + at, Purpose.PLAYBACK);
    }

    private URI uri(String route, String cameraId, String query, Purpose purpose) {
        String ticket = MediaTicket.issue(key, purpose, cameraId, "benchmark", Instant.now().plus(Duration.ofHours(2)));
        return URI.create("http://127.0.0.1:" + server.port() + "/" + route + "/" + cameraId + "?" + query
                + "&ticket=" + ticket);
    }

    @Override
    public void close() {
        server.close();
        media.close();
    }
}
