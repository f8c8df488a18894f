package org.argusvms.events.domain.model.generic;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenericEventDefinitionTest {

    @Test
    void containsAndEqualsRespectTheCaseOption() {
        assertTrue(definition(MatchType.CONTAINS, "forced", true, null).matches("Door 4 FORCED open", "10.0.0.5"));
        assertFalse(definition(MatchType.CONTAINS, "forced", false, null).matches("Door 4 FORCED open", "10.0.0.5"));
        assertTrue(definition(MatchType.EQUALS, "ALARM", true, null).matches("alarm", "10.0.0.5"));
        assertFalse(definition(MatchType.EQUALS, "alarm", true, null).matches("alarm!", "10.0.0.5"));
    }

    @Test
    void aRegularExpressionIsFoundAnywhereInTheText() {
        GenericEventDefinition zone = definition(MatchType.REGEX, "zone\\s+\\d+", true, null);

        assertTrue(zone.matches("Panel 2: ZONE 14 tamper", "10.0.0.5"));
        assertFalse(zone.matches("Panel 2: zone tamper", "10.0.0.5"));
    }

    @Test
    void aSourceAddressRestrictsTheSenderAndADisabledDefinitionMatchesNothing() {
        GenericEventDefinition fromPanel = definition(MatchType.CONTAINS, "alarm", false, "10.0.0.5");

        assertTrue(fromPanel.matches("alarm", "10.0.0.5"));
        assertFalse(fromPanel.matches("alarm", "10.0.0.6"));

        fromPanel.change("Panel alarm", MatchType.CONTAINS, "alarm", false, "10.0.0.5", false);
        assertFalse(fromPanel.matches("alarm", "10.0.0.5"));
    }

    @Test
    void aCatastrophicallyBacktrackingExpressionGivesUpInsteadOfHanging() {
        GenericEventDefinition evil = definition(MatchType.REGEX, "^(a+)+$", false, null);
        String attack = "a".repeat(4000) + "!";

        assertTimeout(Duration.ofSeconds(2), () -> assertFalse(evil.matches(attack, "10.0.0.5")));
    }

    private static GenericEventDefinition definition(MatchType type, String expression, boolean ignoreCase,
                                                     String sourceAddress) {
        return new GenericEventDefinition("id-1", "test", type, expression, ignoreCase, sourceAddress, true);
    }
}
