package org.argusvms.recorder.protocol;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Typed access to members of received JSON objects, turning every absence or type mismatch into a clear error. */
final class JsonFields {

    private JsonFields() {
    }

    static String requiredString(JsonObject object, String name) throws ProtocolException {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            throw invalid("\"" + name + "\" must be a non-empty string");
        }
        return string.getString();
    }

    static String optionalString(JsonObject object, String name) throws ProtocolException {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw invalid("\"" + name + "\" must be a string");
        }
        return string.getString();
    }

    /** Null when absent (e.g. from an older peer that does not send it). */
    static Boolean optionalBoolean(JsonObject object, String name) throws ProtocolException {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw invalid("\"" + name + "\" must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    static long requiredLong(JsonObject object, String name) throws ProtocolException {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw invalid("\"" + name + "\" must be an integer");
        }
        return number.longValueExact();
    }

    static int requiredPort(JsonObject object, String name) throws ProtocolException {
        long port = requiredLong(object, name);
        if (port < 1 || port > 65535) {
            throw invalid("\"" + name + "\" must be a TCP port (1..65535)");
        }
        return (int) port;
    }

    static Instant requiredInstant(JsonObject object, String name) throws ProtocolException {
        String text = requiredString(object, name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid("\"" + name + "\" must be an ISO-8601 instant");
        }
    }

    static ProtocolException invalid(String message) {
        return new ProtocolException(ErrorCode.INVALID_ARGUMENT, message);
    }
}
