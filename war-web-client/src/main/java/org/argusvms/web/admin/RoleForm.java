package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import org.argusvms.management.application.GrantView;
import org.argusvms.management.application.RoleInput;
import org.argusvms.management.application.ValidationException;

import java.util.List;

import static org.argusvms.web.admin.JsonFields.integer;
import static org.argusvms.web.admin.JsonFields.objects;
import static org.argusvms.web.admin.JsonFields.text;
import static org.argusvms.web.admin.JsonFields.texts;
import static org.argusvms.web.admin.JsonFields.version;

/**
 * The role form's JSON as the role EJB's input, field for field what {@link RoleInput} takes (types checked by
 * {@link JsonFields}, values by the EJB). A grant's fields are named as the EJB names them ({@code grants.rights}),
 * so the page shows every refusal about the rights grid in the same place.
 */
final class RoleForm {

    private RoleForm() {
    }

    static RoleInput input(JsonObject body) {
        List<JsonObject> grants = objects(body, "grants");
        return new RoleInput(text(body, "name"), text(body, "description"), texts(body, "claims"),
                grants == null ? null : grants.stream().map(RoleForm::grant).toList(), texts(body, "adminAreas"),
                integer(body, "ptzPriority"), version(body));
    }

    private static GrantView grant(JsonObject grant) {
        try {
            return new GrantView(text(grant, "scope"), text(grant, "targetId"), texts(grant, "rights"));
        } catch (ValidationException e) {
            throw new ValidationException("grants." + e.field(), "grants." + e.getMessage());
        }
    }
}
