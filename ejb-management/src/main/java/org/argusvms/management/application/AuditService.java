package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.time.Instant;
import java.util.List;

/** The audit trail for administrators (SECURITY area). */
@Local
public interface AuditService {

    /** Newest first; {@code userName} null for everyone. */
    List<AuditEntryView> find(Instant from, Instant to, String userName, PageRequest page);
}
