package org.argusvms.events.application.internal;

import org.argusvms.events.application.GenericEventDefinitionInput;
import org.argusvms.events.domain.model.generic.MatchType;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenericEventDefinitionValidatorTest {

    @Test
    void defaultsAreCaseSensitiveAnyFromAnySenderAndEnabled() {
        GenericEventDefinitionValidator.Valid valid = GenericEventDefinitionValidator.validate(
                new GenericEventDefinitionInput(" Door forced ", "contains", "forced", null, "", null));

        assertEquals("Door forced", valid.name());
        assertEquals(MatchType.CONTAINS, valid.matchType());
        assertFalse(valid.ignoreCase());
        assertNull(valid.sourceAddress());
        assertTrue(valid.enabled());
    }

    @Test
    void anInvalidRegularExpressionIsReportedOnTheExpressionField() {
        ValidationException e = assertThrows(ValidationException.class, () -> GenericEventDefinitionValidator.validate(
                new GenericEventDefinitionInput("Bad", "REGEX", "zone (\\d+", true, null, true)));

        assertEquals("expression", e.field());
        assertTrue(e.getMessage().contains("regular expression"), e.getMessage());
    }

    @Test
    void eachMissingOrUnknownFieldIsNamed() {
        assertEquals("name", fieldOf(new GenericEventDefinitionInput(" ", "EQUALS", "x", null, null, null)));
        assertEquals("matchType", fieldOf(new GenericEventDefinitionInput("A", "LIKE", "x", null, null, null)));
        assertEquals("matchType", fieldOf(new GenericEventDefinitionInput("A", null, "x", null, null, null)));
        assertEquals("expression", fieldOf(new GenericEventDefinitionInput("A", "EQUALS", "", null, null, null)));
        assertEquals("sourceAddress", fieldOf(new GenericEventDefinitionInput("A", "EQUALS", "x", null, "panel.example.com", null)));
        assertEquals("body", fieldOf(null));
    }

    @Test
    void sourceAddressesAreKeptInTheFormTheAdapterReports() {
        assertEquals("10.0.0.5", GenericEventDefinitionValidator.validate(
                new GenericEventDefinitionInput("A", "EQUALS", "x", null, " 10.0.0.5 ", null)).sourceAddress());
        assertEquals("0:0:0:0:0:0:0:1", GenericEventDefinitionValidator.validate(
                new GenericEventDefinitionInput("A", "EQUALS", "x", null, "::1", null)).sourceAddress());
    }

    private static String fieldOf(GenericEventDefinitionInput input) {
        return assertThrows(ValidationException.class, () -> GenericEventDefinitionValidator.validate(input)).field();
    }
}
