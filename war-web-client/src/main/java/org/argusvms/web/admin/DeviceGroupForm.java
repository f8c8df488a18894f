package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import org.argusvms.management.application.DeviceGroupInput;

import static org.argusvms.web.admin.JsonFields.text;
import static org.argusvms.web.admin.JsonFields.texts;
import static org.argusvms.web.admin.JsonFields.version;

/** The device group form's JSON as the device group EJB's input (types checked by {@link JsonFields}, values by the EJB). */
final class DeviceGroupForm {

    private DeviceGroupForm() {
    }

    static DeviceGroupInput input(JsonObject body) {
        return new DeviceGroupInput(text(body, "name"), text(body, "description"), texts(body, "cameraIds"),
                version(body));
    }
}
