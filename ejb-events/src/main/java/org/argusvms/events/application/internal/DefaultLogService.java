package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.events.application.LogEntryView;
import org.argusvms.events.application.LogFilter;
import org.argusvms.events.application.LogService;
import org.argusvms.events.domain.model.log.LogCursor;
import org.argusvms.events.domain.model.log.LogEntryRepository;
import org.argusvms.events.domain.model.log.LogQuery;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.application.internal.AuditLog;

import java.util.List;

/** Every method requires the SECURITY admin area (checked here, so a refusal is audited). */
@Stateless
@PermitAll
public class DefaultLogService implements LogService {

    static final int MAX_CHUNK = 1000;

    @Inject
    private LogEntryRepository entries;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Override
    public List<LogEntryView> search(LogFilter filter, PageRequest page) {
        permissions.requireAdmin(AdminArea.SECURITY);
        return entries.find(LogFilters.parse(filter), null, page.offset(), page.limit()).stream()
                .map(LogEntryViews::toView).toList();
    }

    /** The first chunk of an export is audited: taking the log away is worth a trace. */
    @Override
    public List<LogEntryView> exportChunk(LogFilter filter, LogEntryView after, int size) {
        permissions.requireAdmin(AdminArea.SECURITY);
        LogQuery query = LogFilters.parse(filter);
        if (after == null) {
            audit.succeeded("log.export", LogFilters.describe(query));
        }
        LogCursor cursor = after == null ? null : new LogCursor(after.occurredAt(), after.id());
        return entries.find(query, cursor, 0, Math.max(1, Math.min(size, MAX_CHUNK))).stream()
                .map(LogEntryViews::toView).toList();
    }
}
