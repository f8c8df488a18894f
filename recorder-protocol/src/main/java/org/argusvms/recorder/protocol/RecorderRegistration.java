package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * How a recorder introduces itself: its stable id, a display name, where its command port listens and the base URL
 * of its media (live/playback) service.
 */
public record RecorderRegistration(String recorderId, String name, String controlHost, int controlPort,
                                   String mediaUrl, String version) {

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("recorderId", recorderId).add("name", name)
                .add("controlHost", controlHost).add("controlPort", controlPort)
                .add("mediaUrl", mediaUrl).add("version", version).build();
    }

    public static RecorderRegistration fromJson(JsonObject json) throws ProtocolException {
        return new RecorderRegistration(
                JsonFields.requiredString(json, "recorderId"),
                JsonFields.requiredString(json, "name"),
                JsonFields.requiredString(json, "controlHost"),
                JsonFields.requiredPort(json, "controlPort"),
                JsonFields.requiredString(json, "mediaUrl"),
                JsonFields.requiredString(json, "version"));
    }
}
