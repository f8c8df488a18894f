package org.argusvms.events.application.internal;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.argusvms.events.application.LogPurgeResult;
import org.argusvms.events.application.SystemLog;
import org.argusvms.events.domain.model.log.LogSettings;
import org.argusvms.events.domain.model.log.LogSettingsRepository;
import org.argusvms.recorder.protocol.log.LogKind;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Applies the retention of each log kind every ten minutes (and on an administrator's request): removes entries that
 * occurred longer ago than the kind's retention, in batches of {@value #BATCH}, each batch its own transaction so a
 * large backlog never makes one huge one. A run stops after {@value #MAX_BATCHES_PER_KIND} batches per kind and leaves
 * the rest to the next run, so it cannot hold the server for long. One run at a time (singleton write lock).
 */
@Singleton
@Lock(LockType.WRITE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogRetention {

    private static final Logger LOG = Logger.getLogger(LogRetention.class.getName());
    static final int BATCH = 1000;
    static final int MAX_BATCHES_PER_KIND = 100;

    @Inject
    private LogSettingsRepository settings;

    @Inject
    private LogPurger purger;

    @Inject
    private SystemLog systemLog;

    @Inject
    private Clock clock;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void scheduled() {
        try {
            purge();
        } catch (RuntimeException e) {
            systemLog.error(SystemLog.EVENT_SERVER, "log.retention-failed",
                    "applying log retention failed: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    public LogPurgeResult purge() {
        LogSettings current = settings.current();
        Instant now = clock.instant();
        Map<LogKind, Integer> removed = new EnumMap<>(LogKind.class);
        for (LogKind kind : LogKind.values()) {
            Instant cutoff = now.minus(current.retention(kind));
            int total = 0;
            for (int batch = 0; batch < MAX_BATCHES_PER_KIND; batch++) {
                int count = purger.removeBatch(kind, cutoff, BATCH);
                total += count;
                if (count < BATCH) {
                    break;
                }
            }
            removed.put(kind, total);
        }
        if (removed.values().stream().anyMatch(count -> count > 0)) {
            LOG.info(() -> "Log retention removed " + removed);
        }
        return new LogPurgeResult(removed.get(LogKind.SYSTEM), removed.get(LogKind.AUDIT), removed.get(LogKind.RULE));
    }
}
