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
        return fields(body, text(body, "password"));
    }

    static CameraChange change(JsonObject body) {
        String password = text(body, "password");
        return CameraChange.of(fields(body, password == null || password.isEmpty() ? null : password),
                version(body));
    }

    private static NewCamera fields(JsonObject body, String password) {
        return NewCamera.builder().name(text(body, "name")).streamUrl(text(body, "streamUrl"))
                .credentials(text(body, "username"), password).recorderId(text(body, "recorderId"))
                .recordingMode(text(body, "recordingMode")).enabled(flag(body, "enabled"))
                .triggeredRecording(integer(body, "preBufferSeconds"), integer(body, "postBufferSeconds"),
                        text(body, "idleRecording"))
                .onvifAddress(text(body, "onvifAddress")).motion(motion(body)).storageId(text(body, "storageId"))
                .rtspTransport(text(body, "rtspTransport"))
                .liveStream(text(body, "liveStream"), text(body, "liveStreamUrl")).build();
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
