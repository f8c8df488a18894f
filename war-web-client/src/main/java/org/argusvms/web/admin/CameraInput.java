package org.argusvms.web.admin;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.argusvms.management.application.CameraChange;
import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.ValidationException;

/**
 * The camera form's JSON as the camera EJB's input. Only types are checked here (a wrong type is refused naming its
 * field); what the values may be is the EJB's business, so the page and the REST API follow the same rules. An
 * absent or empty password on a change keeps the stored one: the page never has it to send back.
 */
final class CameraInput {

    private CameraInput() {
    }

    static NewCamera newCamera(JsonObject body) {
        return new NewCamera(text(body, "name"), text(body, "streamUrl"), text(body, "username"),
                text(body, "password"), text(body, "recorderId"), text(body, "recordingMode"), flag(body, "enabled"),
                integer(body, "preBufferSeconds"), integer(body, "postBufferSeconds"), text(body, "idleRecording"),
                text(body, "onvifAddress"));
    }

    static CameraChange change(JsonObject body) {
        String password = text(body, "password");
        return new CameraChange(text(body, "name"), text(body, "streamUrl"), text(body, "username"),
                password == null || password.isEmpty() ? null : password, text(body, "recorderId"),
                text(body, "recordingMode"), flag(body, "enabled"), integer(body, "preBufferSeconds"),
                integer(body, "postBufferSeconds"), text(body, "idleRecording"),
                version(body), text(body, "onvifAddress"));
    }

    private static String text(JsonObject body, String field) {
        JsonValue value = present(body, field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new ValidationException(field, field + " must be text");
    }

    private static Boolean flag(JsonObject body, String field) {
        JsonValue value = present(body, field);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new ValidationException(field, field + " must be true or false");
    }

    private static Integer integer(JsonObject body, String field) {
        JsonNumber number = number(body, field);
        try {
            return number == null ? null : number.intValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException(field, field + " must be a whole number");
        }
    }

    private static Long version(JsonObject body) {
        JsonNumber number = number(body, "version");
        try {
            return number == null ? null : number.longValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException("version", "version must be a whole number");
        }
    }

    private static JsonNumber number(JsonObject body, String field) {
        JsonValue value = present(body, field);
        if (value == null || value instanceof JsonNumber) {
            return (JsonNumber) value;
        }
        throw new ValidationException(field, field + " must be a whole number");
    }

    /** The field's value, or null when it is absent or JSON null (both mean "not given"). */
    private static JsonValue present(JsonObject body, String field) {
        JsonValue value = body.get(field);
        return value == null || value == JsonValue.NULL ? null : value;
    }
}
