package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;

/**
 * The state of a camera's second (live-only) stream as its recorder sees it: {@code state} as for the camera
 * (CONNECTING, STREAMING, DISCONNECTED), its picture size once it streamed (null before), and how often it
 * reconnected. Its outages are no device failures: viewers of a lost second stream get the primary.
 */
public record SecondaryStreamStatus(String state, Integer width, Integer height, long reconnects)
        implements Serializable {

    public boolean connected() {
        return "STREAMING".equals(state);
    }

    public JsonObject toJson() {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("state", state).add("reconnects", reconnects);
        if (width != null && height != null) {
            builder.add("width", width).add("height", height);
        }
        return builder.build();
    }

    public static SecondaryStreamStatus fromJson(JsonObject json) throws ProtocolException {
        return new SecondaryStreamStatus(JsonFields.requiredString(json, "state"), optionalInt(json, "width"),
                optionalInt(json, "height"), json.getJsonNumber("reconnects") == null ? 0
                : json.getJsonNumber("reconnects").longValue());
    }

    private static Integer optionalInt(JsonObject json, String name) throws ProtocolException {
        if (!json.containsKey(name) || json.isNull(name)) {
            return null;
        }
        if (!(json.get(name) instanceof JsonNumber number) || !number.isIntegral()) {
            throw JsonFields.invalid("\"" + name + "\" must be a whole number");
        }
        return number.intValue();
    }
}
