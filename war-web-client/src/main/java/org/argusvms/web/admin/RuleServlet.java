package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import org.argusvms.events.application.RuleService;

/**
 * {@code /admin/rules}: every rule with its trigger (an event or a time profile starting or ending), its time-profile
 * condition and its actions; add, change, remove. The rule EJB checks that every camera and profile named exists.
 */
@WebServlet("/admin/rules")
public class RuleServlet extends AdminCollectionServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private RuleService rules;

    public RuleServlet() {
        super("rule", "Only configuration administrators may see and change rules.");
    }

    @Override
    String list() {
        return RecordJson.array(AllPages.of(page -> rules.listRules(null, page)));
    }

    @Override
    String add(JsonObject body) {
        return RecordJson.object(rules.createRule(RuleForm.input(body)));
    }

    @Override
    String change(String id, JsonObject body) {
        return RecordJson.object(rules.changeRule(id, RuleForm.input(body)));
    }

    @Override
    void remove(String id) {
        rules.deleteRule(id);
    }
}
