package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import org.argusvms.management.application.DeviceChange;
import org.argusvms.management.application.HardwareChange;
import org.argusvms.management.application.NewDevice;
import org.argusvms.management.application.NewHardware;
import org.argusvms.management.application.SiteChange;

import java.util.ArrayList;
import java.util.List;

import static org.argusvms.web.admin.JsonFields.flag;
import static org.argusvms.web.admin.JsonFields.integer;
import static org.argusvms.web.admin.JsonFields.objects;
import static org.argusvms.web.admin.JsonFields.text;
import static org.argusvms.web.admin.JsonFields.version;

/**
 * The hardware section's JSON (hardware, its devices, the site at the top) as the EJBs' input; types are checked by
 * {@link JsonFields}, values by the EJBs. Absent fields are null: kept on a change.
 */
final class HardwareForm {

    private HardwareForm() {
    }

    static NewHardware input(JsonObject body) {
        List<JsonObject> given = objects(body, "devices");
        List<NewDevice> devices = new ArrayList<>();
        for (int i = 0; given != null && i < given.size(); i++) {
            JsonObject device = given.get(i);
            devices.add(JsonFields.within("devices[" + i + "].", () -> newDevice(device)));
        }
        return new NewHardware(text(body, "name"), text(body, "driver"), text(body, "address"),
                text(body, "username"), text(body, "password"), text(body, "recorderId"), flag(body, "enabled"),
                devices);
    }

    /** One device, of new hardware or added to a unit. */
    static NewDevice newDevice(JsonObject device) {
        return new NewDevice(text(device, "kind"), integer(device, "channel"), text(device, "name"),
                flag(device, "enabled"), text(device, "outputToken"), text(device, "streamUrl"),
                text(device, "recordingMode"));
    }

    static HardwareChange change(JsonObject body) {
        return new HardwareChange(text(body, "name"), text(body, "driver"), text(body, "address"),
                text(body, "username"), text(body, "password"), flag(body, "enabled"), version(body));
    }

    static DeviceChange device(JsonObject body) {
        return new DeviceChange(text(body, "name"), flag(body, "enabled"));
    }

    static SiteChange site(JsonObject body) {
        return new SiteChange(text(body, "name"), text(body, "description"), text(body, "timeZone"),
                text(body, "contact"), version(body));
    }
}
