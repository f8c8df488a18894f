package org.argusvms.web.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.PtzMove;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.role.CameraRight;

import java.util.Set;

/** The JSON of the camera-control endpoints: what a tile offers, and the commands' bodies as the service takes them. */
final class CameraControlJson {

    private CameraControlJson() {
    }

    /**
     * {@code {"cameraId","ptz":bool,"outputs":bool}}: PTZ and outputs go through the camera's ONVIF service, so a camera
     * without ONVIF address offers neither, whatever the user's rights; without the right a control is not offered.
     */
    static String controls(CameraView camera, Set<CameraRight> rights) {
        boolean onvif = camera.onvifAddress() != null;
        return Jsons.objectBuilder()
                .add("cameraId", camera.id())
                .add("ptz", onvif && rights.contains(CameraRight.PTZ))
                .add("outputs", onvif && rights.contains(CameraRight.OUTPUT))
                .build()
                .toString();
    }

    /** A string member, or null when absent; anything else than a string is refused naming the member. */
    static String string(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new ValidationException(name, "'" + name + "' must be a string.");
    }

    /** The move as given; the service checks the ranges and fills in the defaults. */
    static PtzMove move(JsonObject body) {
        return new PtzMove(velocity(body, "pan"), velocity(body, "tilt"), velocity(body, "zoom"), seconds(body));
    }

    static Boolean active(JsonObject body) {
        JsonValue value = body.get("active");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw new ValidationException("active", "'active' must be true or false.");
    }

    private static Double velocity(JsonObject body, String name) {
        JsonNumber number = number(body, name);
        return number == null ? null : number.doubleValue();
    }

    private static Integer seconds(JsonObject body) {
        JsonNumber seconds = number(body, "seconds");
        try {
            return seconds == null ? null : seconds.intValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException("seconds", "'seconds' must be a whole number of seconds.");
        }
    }

    private static JsonNumber number(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number;
        }
        throw new ValidationException(name, "'" + name + "' must be a number.");
    }
}
