package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import org.argusvms.management.application.HardwareService;

/**
 * {@code /admin/hardware}: every piece of hardware with its devices (never its credentials); add with devices, edit
 * (name, driver, address, credentials, enabled), remove with its cameras.
 */
@WebServlet("/admin/hardware")
public class HardwareServlet extends AdminCollectionServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private HardwareService hardware;

    public HardwareServlet() {
        super("hardware unit", "Only configuration administrators may see and change hardware.");
    }

    @Override
    String list() {
        return RecordJson.array(hardware.listHardware());
    }

    @Override
    String add(JsonObject body) {
        return RecordJson.object(hardware.addHardware(HardwareForm.input(body)));
    }

    @Override
    String change(String id, JsonObject body) {
        return RecordJson.object(hardware.updateHardware(id, HardwareForm.change(body)));
    }

    @Override
    void remove(String id) {
        hardware.removeHardware(id);
    }
}
