package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import org.argusvms.events.application.RuleActionSpec;
import org.argusvms.events.application.RuleInput;
import org.argusvms.events.application.RuleTriggerSpec;
import org.argusvms.events.application.RuleView;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuleFormTest {

    private static final RuleTriggerSpec AT_NIGHT_START = new RuleTriggerSpec("TIME_PROFILE_START", null, null, null,
            null, null, "p-1");
    private static final List<RuleActionSpec> ACTIONS = List.of(
            new RuleActionSpec("RECORD_ON_EVENT", List.of("c-1", "c-2"), null, null, null, null, null, null, 30),
            new RuleActionSpec("SEND_EMAIL", List.of(), null, null, "${event.message}", List.of("a@example.com"),
                    "Night", null, null),
            new RuleActionSpec("ACTIVATE_OUTPUT", List.of("c-1"), null, null, null, List.of(), null, null, 5, null,
                    "relay-1", false));

    @Test
    void aListedRuleSentBackUnchangedIsTheSameRuleInput() {
        RuleView rule = new RuleView("r-1", "Night watch", "Gate", true, AT_NIGHT_START, "p-2", ACTIONS, 4);

        RuleInput input = RuleForm.input(Jsons.readObject(RecordJson.object(rule)));

        assertEquals(new RuleInput("Night watch", "Gate", true, AT_NIGHT_START, "p-2", ACTIONS, 4L), input);
    }

    @Test
    void aWrongTypeIsRefusedNamingTheFieldAsTheRuleServiceNamesIt() {
        assertEquals("trigger", refusal("{\"trigger\":\"EVENT\"}").field());
        assertEquals("trigger.cameraId", refusal("{\"trigger\":{\"type\":\"EVENT\",\"cameraId\":7}}").field());
        ValidationException seconds = refusal("{\"actions\":[{\"type\":\"WRITE_RULE_LOG\"},"
                + "{\"type\":\"RECORD_ON_EVENT\",\"seconds\":\"ten\"}]}");
        assertEquals("actions[1].seconds", seconds.field());
        assertEquals("actions[1].seconds must be a whole number", seconds.getMessage());
        assertEquals("actions", refusal("{\"actions\":[\"WRITE_RULE_LOG\"]}").field());
    }

    private static ValidationException refusal(String json) {
        JsonObject body = Jsons.readObject(json);
        return assertThrows(ValidationException.class, () -> RuleForm.input(body));
    }
}
