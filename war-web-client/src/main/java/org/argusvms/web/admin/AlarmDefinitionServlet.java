package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import org.argusvms.events.application.AlarmDefinitionService;

/**
 * {@code /admin/alarm-definitions}: which events raise alarms, with priority, category, related cameras, instructions
 * and automatic closing; add, change, remove.
 */
@WebServlet("/admin/alarm-definitions")
public class AlarmDefinitionServlet extends AdminCollectionServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AlarmDefinitionService definitions;

    public AlarmDefinitionServlet() {
        super("alarm definition", "Only configuration administrators may see and change alarm definitions.");
    }

    @Override
    String list() {
        return RecordJson.array(definitions.list());
    }

    @Override
    String add(JsonObject body) {
        return RecordJson.object(definitions.create(AlarmDefinitionForm.input(body)));
    }

    @Override
    String change(String id, JsonObject body) {
        return RecordJson.object(definitions.replace(id, AlarmDefinitionForm.input(body),
                AlarmDefinitionForm.version(body)));
    }

    @Override
    void remove(String id) {
        definitions.remove(id);
    }
}
