package org.argusvms.management.domain.model.timeprofile;

import java.time.Instant;

/** The moment a time profile becomes active ({@code becomesActive}) or inactive. */
public record TimeProfileTransition(Instant at, boolean becomesActive) {
}
