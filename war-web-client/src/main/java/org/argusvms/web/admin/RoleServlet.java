package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import org.argusvms.management.application.RoleService;

/**
 * {@code /admin/roles}: every VMS role with the claims that grant it, its rights per camera, device group or all
 * cameras, its administration areas and PTZ priority; add, change, remove. The role EJB demands the SECURITY area.
 */
@WebServlet("/admin/roles")
public class RoleServlet extends AdminCollectionServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private RoleService roles;

    public RoleServlet() {
        super("role", "Only security administrators may see and change roles.");
    }

    @Override
    String list() {
        return AccessControlJson.roles(AllPages.of(page -> roles.listRoles(null, page)));
    }

    @Override
    String add(JsonObject body) {
        return AccessControlJson.role(roles.createRole(RoleForm.input(body)));
    }

    @Override
    String change(String id, JsonObject body) {
        return AccessControlJson.role(roles.changeRole(id, RoleForm.input(body)));
    }

    @Override
    void remove(String id) {
        roles.deleteRole(id);
    }
}
