package org.argusvms.events.infrastructure.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JpaLogEntryRepositoryTest {

    @Test
    void wildcardsInSearchTextAreTakenLiterally() {
        assertEquals("100\\% disk", JpaLogEntryRepository.likeEscaped("100% disk"));
        assertEquals("rec\\_1", JpaLogEntryRepository.likeEscaped("rec_1"));
        assertEquals("a\\\\b", JpaLogEntryRepository.likeEscaped("a\\b"));
    }
}
