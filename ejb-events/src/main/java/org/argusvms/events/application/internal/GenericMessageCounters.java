package org.argusvms.events.application.internal;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/** How many generic messages matched a definition and how many none, since this server started. */
@ApplicationScoped
public class GenericMessageCounters {

    private final AtomicLong matched = new AtomicLong();
    private final AtomicLong unmatched = new AtomicLong();

    long countMatched() {
        return matched.incrementAndGet();
    }

    long countUnmatched() {
        return unmatched.incrementAndGet();
    }

    public long matched() {
        return matched.get();
    }

    public long unmatched() {
        return unmatched.get();
    }
}
