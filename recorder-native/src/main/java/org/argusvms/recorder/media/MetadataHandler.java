package org.argusvms.recorder.media;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.recorder.metadata.MetadataSearch;
import org.argusvms.recorder.onvif.OnvifMetadata;
import org.argusvms.recorder.onvif.OnvifMetadataXml;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /metadata/{cameraId}?from=ISO&to=ISO&ticket=…}: the camera's stored ONVIF metadata documents of the
 * range (at most 24 hours), oldest first, at most {@link #MAX_DOCUMENTS}; each with its time, the XML as the camera
 * sent it, and what the recorder read from it (objects with boxes and classes, events with topic and data). A
 * playback ticket admits to it, as to {@code /motion}: metadata tells as much about the scene as the recording.
 */
record MetadataHandler(MediaAccess access, MetadataSearch search) implements HttpHandler {

    static final int MAX_DOCUMENTS = 2000;
    private static final Logger LOG = Logger.getLogger(MetadataHandler.class.getName());
    private static final Set<Purpose> ACCEPTED = Set.of(Purpose.PLAYBACK);
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String cameraId = MediaAccess.cameraId(exchange);
        TimeRange range = access.permittedRange(exchange, cameraId, ACCEPTED);
        if (range == null) {
            return;
        }
        if (!StorageLayout.isSafeCameraId(cameraId)) {
            MediaAccess.error(exchange, StatusCodes.BAD_REQUEST, "not a camera id: " + cameraId);
            return;
        }
        exchange.dispatch(() -> answer(exchange, cameraId, range)); // reads files: off the I/O thread
    }

    private void answer(HttpServerExchange exchange, String cameraId, TimeRange range) {
        MetadataSearch.Result result;
        try {
            result = search.documents(cameraId, range.from().toEpochMilli(), range.to().toEpochMilli(),
                    MAX_DOCUMENTS);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "metadata of camera " + cameraId + " could not be read", e);
            MediaAccess.error(exchange, StatusCodes.INTERNAL_SERVER_ERROR, "metadata could not be read");
            return;
        }
        JsonArrayBuilder documents = JSON.createArrayBuilder();
        result.documents().forEach(document -> documents.add(toJson(document)));
        MediaAccess.sendJson(exchange, JSON.createObjectBuilder()
                .add("cameraId", cameraId)
                .add("from", range.from().toString())
                .add("to", range.to().toString())
                .add("documents", documents)
                .add("truncated", result.truncated())
                .build().toString());
    }

    private static JsonObjectBuilder toJson(MetadataSearch.Stored document) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("time", Instant.ofEpochMilli(document.epochMillis()).toString())
                .add("xml", new String(document.xml(), StandardCharsets.UTF_8));
        OnvifMetadata metadata;
        try {
            metadata = OnvifMetadataXml.parse(document.xml());
        } catch (OnvifMetadataXml.MalformedMetadataException e) {
            return json; // only well-formed documents are stored; a file damaged since is served as it is
        }
        JsonArrayBuilder objects = JSON.createArrayBuilder();
        for (OnvifMetadata.DetectedObject object : metadata.objects()) {
            JsonObjectBuilder item = JSON.createObjectBuilder();
            optional(item, "objectId", object.objectId());
            optional(item, "type", object.type());
            optional(item, "frameTime", object.frameTime());
            if (object.box() != null) {
                item.add("box", JSON.createObjectBuilder().add("left", object.box().left())
                        .add("top", object.box().top()).add("right", object.box().right())
                        .add("bottom", object.box().bottom()));
            }
            objects.add(item);
        }
        JsonArrayBuilder events = JSON.createArrayBuilder();
        for (OnvifMetadata.Notification notification : metadata.notifications()) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("topic", notification.topic());
            optional(item, "utcTime", notification.utcTime());
            optional(item, "propertyOperation", notification.propertyOperation());
            item.add("source", JSON.createObjectBuilder(Map.<String, Object>copyOf(notification.source())));
            item.add("data", JSON.createObjectBuilder(Map.<String, Object>copyOf(notification.data())));
            events.add(item);
        }
        return json.add("objects", objects).add("events", events);
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
