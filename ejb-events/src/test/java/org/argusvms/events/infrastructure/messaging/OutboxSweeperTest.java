package org.argusvms.events.infrastructure.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxSweeperTest {

    private static final Instant STARTED = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void rightAfterItsStartANodeTakesOverWhatItsPreviousRunLeftButNotWhatOtherNodesAreSending() {
        Instant cutoff = OutboxSweeper.cutoff(STARTED, STARTED.plusSeconds(3));

        assertEquals(STARTED.minus(OutboxSweeper.START_MARGIN), cutoff);
    }

    @Test
    void laterOnlyMessagesNoRelayCouldStillOwnAreLeftOvers() {
        Instant now = STARTED.plus(Duration.ofMinutes(10));

        assertEquals(now.minus(OutboxSweeper.ORPHANED_AFTER), OutboxSweeper.cutoff(STARTED, now));
    }
}
