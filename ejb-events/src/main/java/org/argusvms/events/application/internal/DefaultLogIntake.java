package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.events.application.LogIntake;
import org.argusvms.events.domain.model.log.LogEntry;
import org.argusvms.events.domain.model.log.LogEntryRepository;
import org.argusvms.events.domain.model.log.LogSettingsRepository;
import org.argusvms.recorder.protocol.log.LogMessage;

import java.time.Clock;
import java.util.UUID;

/** Only the log queue's consumer calls this; it carries no user. */
@Stateless
@PermitAll
public class DefaultLogIntake implements LogIntake {

    @Inject
    private LogEntryRepository entries;

    @Inject
    private LogSettingsRepository settings;

    @Inject
    private Clock clock;

    @Override
    public boolean accept(LogMessage message) {
        if (!settings.current().keeps(message.kind(), message.level())) {
            return false;
        }
        entries.store(new LogEntry(UUID.randomUUID().toString(), message, clock.instant()));
        return true;
    }
}
