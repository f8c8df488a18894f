package org.argusvms.management.domain.model.audit;

import java.time.Instant;
import java.util.List;

public interface AuditRepository {

    void store(AuditEntry entry);

    /** Newest first, {@code from} inclusive, {@code to} exclusive; {@code userName} null for every user. */
    List<AuditEntry> find(Instant from, Instant to, String userName, int offset, int limit);
}
