package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import org.argusvms.management.application.DeviceGroupService;

/** {@code /admin/device-groups}: every device group with its member cameras; add, rename or re-member, remove. */
@WebServlet("/admin/device-groups")
public class DeviceGroupServlet extends AdminCollectionServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeviceGroupService groups;

    public DeviceGroupServlet() {
        super("device group", "Only configuration administrators may see and change device groups.");
    }

    @Override
    String list() {
        return AccessControlJson.deviceGroups(AllPages.of(page -> groups.listGroups(null, page)));
    }

    @Override
    String add(JsonObject body) {
        return AccessControlJson.deviceGroup(groups.createGroup(DeviceGroupForm.input(body)));
    }

    @Override
    String change(String id, JsonObject body) {
        return AccessControlJson.deviceGroup(groups.changeGroup(id, DeviceGroupForm.input(body)));
    }

    @Override
    void remove(String id) {
        groups.deleteGroup(id);
    }
}
