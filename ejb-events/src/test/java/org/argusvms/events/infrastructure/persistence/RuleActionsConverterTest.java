package org.argusvms.events.infrastructure.persistence;

import org.argusvms.events.domain.model.rule.ActionType;
import org.argusvms.events.domain.model.rule.RuleAction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleActionsConverterTest {

    private final RuleActionsConverter converter = new RuleActionsConverter();

    @Test
    void everyKindOfActionSurvivesTheRoundTripInOrder() {
        List<RuleAction> actions = List.of(
                new RuleAction(ActionType.START_RECORDING, List.of("c1", "c2"), null, null, null, null, null, null),
                new RuleAction(ActionType.RAISE_ALARM, List.of("c1"), "Intrusion", 2, "At ${event.occurredAt}", null,
                        null, null),
                new RuleAction(ActionType.SEND_EMAIL, null, null, null, "Body \"quoted\"\nline 2",
                        List.of("a@example.com", "b@example.com"), "Subject ${event.message}", null),
                new RuleAction(ActionType.SHOW_ON_VIDEO_WALL, List.of("c2"), null, null, null, null, null, "Wall 1"),
                RuleAction.triggeringRecording(ActionType.RECORD_ON_EVENT, List.of("c1"), 30),
                RuleAction.triggeringRecording(ActionType.CHANGE_FRAME_RATE, List.of("c2"), 0),
                RuleAction.goToPtzPreset("c1", "2"),
                RuleAction.activateOutput("c2", "relay1", true, 5),
                RuleAction.activateOutput("c2", "relay2", false, null));

        assertEquals(actions, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(actions)));
    }
}
