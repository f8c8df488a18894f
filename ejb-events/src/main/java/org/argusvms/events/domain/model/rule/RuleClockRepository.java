package org.argusvms.events.domain.model.rule;

import java.time.Instant;

public interface RuleClockRepository {

    /** Up to when time-profile transitions have been acted on (seeded by the schema migration). */
    Instant timeProfilesEvaluatedUntil();

    /** Moves the mark forward, never back (another node may have gone further). */
    void advanceTimeProfilesTo(Instant until);
}
