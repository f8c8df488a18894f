package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * How a recorder introduces itself: its stable id, a display name, where its command port listens and the base URL
 * of its media (live/playback) service. {@code storagePath} (optional, null from older recorders) is the directory
 * it records into when no storage was configured: the management server describes it as the recorder's default
 * storage when the recorder registers for the first time.
 */
public record RecorderRegistration(String recorderId, String name, String controlHost, int controlPort,
                                   String mediaUrl, String version, String storagePath) {

    public RecorderRegistration(String recorderId, String name, String controlHost, int controlPort, String mediaUrl,
                                String version) {
        this(recorderId, name, controlHost, controlPort, mediaUrl, version, null);
    }

    public JsonObject toJson() {
        JsonObjectBuilder builder = Json.createObjectBuilder()
                .add("recorderId", recorderId).add("name", name)
                .add("controlHost", controlHost).add("controlPort", controlPort)
                .add("mediaUrl", mediaUrl).add("version", version);
        if (storagePath != null) {
            builder.add("storagePath", storagePath);
        }
        return builder.build();
    }

    public static RecorderRegistration fromJson(JsonObject json) throws ProtocolException {
        return new RecorderRegistration(
                JsonFields.requiredString(json, "recorderId"),
                JsonFields.requiredString(json, "name"),
                JsonFields.requiredString(json, "controlHost"),
                JsonFields.requiredPort(json, "controlPort"),
                JsonFields.requiredString(json, "mediaUrl"),
                JsonFields.requiredString(json, "version"),
                JsonFields.optionalString(json, "storagePath"));
    }
}
