package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import org.argusvms.management.application.CameraChange;
import org.argusvms.management.application.CameraMotion;
import org.argusvms.management.application.NewCamera;

import java.util.List;

import static org.argusvms.web.admin.JsonFields.flag;
import static org.argusvms.web.admin.JsonFields.integer;
import static org.argusvms.web.admin.JsonFields.polygons;
import static org.argusvms.web.admin.JsonFields.text;
import static org.argusvms.web.admin.JsonFields.version;

/**
 * The camera form's JSON as the camera EJB's input (types checked by {@link JsonFields}, values by the EJB). An
 * absent or empty password on a change keeps the stored one: the page never has it to send back. The form's motion
 * fields are {@code motion.enabled}, {@code motion.sensitivity}, {@code motion.include} and {@code motion.exclude} (the
 * regions editor's polygons), the names the EJB's refusals give, so each message lands next to its field.
 */
final class CameraInput {

    private CameraInput() {
    }

    static NewCamera newCamera(JsonObject body) {
        return new NewCamera(text(body, "name"), text(body, "streamUrl"), text(body, "username"),
                text(body, "password"), text(body, "recorderId"), text(body, "recordingMode"), flag(body, "enabled"),
                integer(body, "preBufferSeconds"), integer(body, "postBufferSeconds"), text(body, "idleRecording"),
                text(body, "onvifAddress"), motion(body), text(body, "storageId"));
    }

    static CameraChange change(JsonObject body) {
        String password = text(body, "password");
        return new CameraChange(text(body, "name"), text(body, "streamUrl"), text(body, "username"),
                password == null || password.isEmpty() ? null : password, text(body, "recorderId"),
                text(body, "recordingMode"), flag(body, "enabled"), integer(body, "preBufferSeconds"),
                integer(body, "postBufferSeconds"), text(body, "idleRecording"),
                version(body), text(body, "onvifAddress"), motion(body), text(body, "storageId"));
    }

    /** Null when the form says nothing about motion: the stored settings (or the defaults) then apply. */
    private static CameraMotion motion(JsonObject body) {
        Boolean enabled = flag(body, "motion.enabled");
        Integer sensitivity = integer(body, "motion.sensitivity");
        List<List<List<Double>>> include = polygons(body, "motion.include");
        List<List<List<Double>>> exclude = polygons(body, "motion.exclude");
        return enabled == null && sensitivity == null && include == null && exclude == null ? null
                : new CameraMotion(enabled, sensitivity, null, include, exclude);
    }
}
