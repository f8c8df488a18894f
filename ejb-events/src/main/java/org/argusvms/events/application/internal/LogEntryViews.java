package org.argusvms.events.application.internal;

import org.argusvms.events.application.LogEntryView;
import org.argusvms.events.domain.model.log.LogEntry;

final class LogEntryViews {

    private LogEntryViews() {
    }

    static LogEntryView toView(LogEntry entry) {
        return new LogEntryView(entry.id(), entry.kind().name(), entry.level().name(), entry.occurredAt(),
                entry.receivedAt(), entry.source(), entry.user(), entry.category(), entry.message(), entry.origin());
    }
}
