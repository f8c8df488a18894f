package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import org.argusvms.events.application.RuleActionSpec;
import org.argusvms.events.application.RuleInput;
import org.argusvms.events.application.RuleTriggerSpec;

import java.util.ArrayList;
import java.util.List;

import static org.argusvms.web.admin.JsonFields.flag;
import static org.argusvms.web.admin.JsonFields.integer;
import static org.argusvms.web.admin.JsonFields.object;
import static org.argusvms.web.admin.JsonFields.objects;
import static org.argusvms.web.admin.JsonFields.text;
import static org.argusvms.web.admin.JsonFields.texts;
import static org.argusvms.web.admin.JsonFields.version;
import static org.argusvms.web.admin.JsonFields.within;

/**
 * The rule form's JSON as the rule EJB's input, field for field what {@link RuleInput} takes (types checked by
 * {@link JsonFields}, values by the EJB). Nested fields are named as the EJB names them ({@code trigger.timeProfileId},
 * {@code actions[1].seconds}), so every refusal shows next to the field it is about.
 */
final class RuleForm {

    private RuleForm() {
    }

    static RuleInput input(JsonObject body) {
        JsonObject trigger = object(body, "trigger");
        return new RuleInput(text(body, "name"), text(body, "description"), flag(body, "enabled"),
                trigger == null ? null : within("trigger.", () -> trigger(trigger)),
                text(body, "onlyWhileTimeProfileId"), actions(objects(body, "actions")), version(body));
    }

    private static RuleTriggerSpec trigger(JsonObject trigger) {
        return new RuleTriggerSpec(text(trigger, "type"), text(trigger, "eventType"), text(trigger, "cameraId"),
                text(trigger, "definitionId"), text(trigger, "analyticsType"), text(trigger, "sourceName"),
                text(trigger, "timeProfileId"));
    }

    private static List<RuleActionSpec> actions(List<JsonObject> given) {
        if (given == null) {
            return null;
        }
        List<RuleActionSpec> actions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            JsonObject action = given.get(i);
            actions.add(within("actions[" + i + "].", () -> action(action)));
        }
        return actions;
    }

    private static RuleActionSpec action(JsonObject action) {
        return new RuleActionSpec(text(action, "type"), texts(action, "cameraIds"), text(action, "alarmName"),
                integer(action, "priority"), text(action, "message"), texts(action, "recipients"),
                text(action, "subject"), text(action, "monitor"), integer(action, "seconds"), text(action, "preset"),
                text(action, "output"), flag(action, "active"));
    }
}
