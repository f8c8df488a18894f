package org.argusvms.management.infrastructure.cache;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfigurationCacheTest {

    private final MutableClock clock = new MutableClock();
    private final RecordingRegistry transaction = new RecordingRegistry();
    private final ConfigurationCache<Integer> cache = new ConfigurationCache<>(clock, transaction);
    private final AtomicInteger database = new AtomicInteger(1);
    private final AtomicInteger queries = new AtomicInteger();

    private Integer query() {
        queries.incrementAndGet();
        return database.get();
    }

    @Test
    void answersFromMemoryUntilTheResultIsTooOld() {
        assertEquals(1, cache.get(this::query));
        database.set(2); // changed on another node
        clock.advance(ConfigurationCache.MAX_AGE.minusMillis(1));
        assertEquals(1, cache.get(this::query));
        clock.advance(Duration.ofMillis(1));
        assertEquals(2, cache.get(this::query));
        assertEquals(2, queries.get());
    }

    @Test
    void aLocalChangeIsSeenAtOnceAfterItsTransactionEnds() {
        assertEquals(1, cache.get(this::query));
        cache.invalidateAfterCompletion();
        // a reader during the changing transaction still sees the committed state, and it must not be kept
        assertEquals(1, cache.get(this::query));
        database.set(2);
        transaction.complete();
        assertEquals(2, cache.get(this::query));
    }

    @Test
    void aResultReadWhileAChangeCommitsIsNotKept() {
        cache.invalidateAfterCompletion();
        assertEquals(1, cache.get(() -> {
            database.set(2);
            transaction.complete(); // the commit lands while this query is under way
            return 1;
        }));
        assertEquals(2, cache.get(this::query));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Only what the cache uses of the registry: interposed synchronizations, completed by the test. */
    private static final class RecordingRegistry implements TransactionSynchronizationRegistry {
        private final List<Synchronization> synchronizations = new ArrayList<>();

        void complete() {
            synchronizations.forEach(s -> s.afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED));
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return jakarta.transaction.Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
