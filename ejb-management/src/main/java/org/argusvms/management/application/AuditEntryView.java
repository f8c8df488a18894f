package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;

public record AuditEntryView(String id, Instant occurredAt, String userName, String clientAddress, String action,
                             String target, String outcome) implements Serializable {
}
