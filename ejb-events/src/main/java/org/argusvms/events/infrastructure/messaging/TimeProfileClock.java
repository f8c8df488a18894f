package org.argusvms.events.infrastructure.messaging;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.argusvms.events.application.internal.RuleEngine;

/**
 * Drives time-profile triggers every {@value #PERIOD_SECONDS} seconds. Every node of a cluster ticks; the rule
 * engine's persisted mark and unique executions make that harmless. A non-persistent timer: a missed tick is
 * caught up by the next one, which evaluates everything since the mark. It ticks only once the event schema is
 * migrated (its mark lives there).
 */
@Singleton
@DependsOn("EventSchema")
public class TimeProfileClock {

    static final int PERIOD_SECONDS = 2;

    @Inject
    private RuleEngine engine;

    @Schedule(hour = "*", minute = "*", second = "*/" + PERIOD_SECONDS, persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void tick() {
        engine.onClockTick();
    }
}
