package org.argusvms.management.infrastructure.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The result of a configuration query that a hot path asks for with every request, event or batch (the roles behind
 * every permission check; enabled rules, generic-event and alarm definitions on the event path), kept for
 * {@link #MAX_AGE} instead of a database round trip each time (benchmarks B8 and B11). A change made through this node is seen by the first read after it commits; a change made on
 * another cluster node within {@link #MAX_AGE}. What it holds are detached entities: read them, never change them.
 * Inject one per query: {@code @Inject ConfigurationCache<List<Rule>> enabledRules}.
 */
@Dependent
public class ConfigurationCache<T> {

    /** How long a result is trusted without a local change; bounds how late another node's change is seen. */
    public static final Duration MAX_AGE = Duration.ofSeconds(2);

    private record Entry<T>(long generation, Instant loadedAt, T value) {
    }

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final AtomicLong generation = new AtomicLong();

    private volatile Entry<T> entry;

    public ConfigurationCache() {
    }

    ConfigurationCache(Clock clock, TransactionSynchronizationRegistry transactions) {
        this.clock = clock;
        this.transactions = transactions;
    }

    public T get(Supplier<T> query) {
        Entry<T> known = entry;
        Instant now = clock.instant();
        long expected = generation.get();
        if (known != null && known.generation() == expected && now.isBefore(known.loadedAt().plus(MAX_AGE))) {
            return known.value();
        }
        T value = query.get();
        if (generation.get() == expected) {
            entry = new Entry<>(expected, now, value);
        }
        return value;
    }

    /**
     * For the transaction that changes the configuration: the result is dropped now and again when the transaction
     * ends, so that a query which read the database before the commit is not kept.
     */
    public void invalidateAfterCompletion() {
        generation.incrementAndGet();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                generation.incrementAndGet();
            }
        });
    }
}
