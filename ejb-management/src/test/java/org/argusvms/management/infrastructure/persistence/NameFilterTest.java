package org.argusvms.management.infrastructure.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameFilterTest {

    @Test
    void matchesTheTextAnywhereIgnoringCase() {
        assertEquals("%lobby%", NameFilter.containsPattern(" Lobby "));
        assertEquals("%%", NameFilter.containsPattern(null));
    }

    @Test
    void theUsersWildcardsAreMatchedLiterally() {
        assertEquals("%100\\%\\_a\\\\b%", NameFilter.containsPattern("100%_a\\b"));
    }
}
