package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.argusvms.events.domain.model.log.LogEntryRepository;
import org.argusvms.recorder.protocol.log.LogKind;

import java.time.Instant;

/** Removes one bounded batch of expired entries per call, each in its own short transaction. */
@Stateless
@PermitAll
public class LogPurger {

    @Inject
    private LogEntryRepository entries;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int removeBatch(LogKind kind, Instant cutoff, int batchSize) {
        return entries.removeOlderThan(kind, cutoff, batchSize);
    }
}
