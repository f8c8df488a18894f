package org.argusvms.web.admin;

import org.argusvms.events.application.RuleActionSpec;
import org.argusvms.events.application.RuleTriggerSpec;
import org.argusvms.events.application.RuleView;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.TimeProfileInterval;
import org.argusvms.management.application.TimeProfileView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecordJsonTest {

    @Test
    void aViewIsWrittenComponentByComponentWithoutItsNulls() {
        RuleView rule = new RuleView("r-1", "Gate log", null, false,
                new RuleTriggerSpec("EVENT", "camera.disconnected", "c-1", null, null, null, null), null,
                List.of(new RuleActionSpec("WRITE_RULE_LOG", List.of(), null, null, "lost", null, null, null, null)), 3);

        assertEquals(Jsons.readObject("""
                {"id":"r-1","name":"Gate log","enabled":false,
                 "trigger":{"type":"EVENT","eventType":"camera.disconnected","cameraId":"c-1"},
                 "actions":[{"type":"WRITE_RULE_LOG","cameraIds":[],"message":"lost"}],"version":3}"""),
                Jsons.readObject(RecordJson.object(rule)));
    }

    @Test
    void aListOfViewsIsAnArrayAndAnInstantItsText() {
        TimeProfileView profile = new TimeProfileView("p-1", "Nights", null, "UTC",
                List.of(new TimeProfileInterval("MONDAY", "22:00", "06:00")), false,
                Instant.parse("2026-11-30T22:00:00Z"), 1);

        assertEquals("[{\"id\":\"p-1\",\"name\":\"Nights\",\"timeZone\":\"UTC\",\"intervals\":[{\"day\":\"MONDAY\","
                + "\"start\":\"22:00\",\"end\":\"06:00\"}],\"active\":false,\"nextTransitionAt\":"
                + "\"2026-11-30T22:00:00Z\",\"version\":1}]", RecordJson.array(List.of(profile)));
    }
}
