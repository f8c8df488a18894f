package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.events.application.LogPurgeResult;
import org.argusvms.events.application.LogSettingsInput;
import org.argusvms.events.application.LogSettingsService;
import org.argusvms.events.application.LogSettingsView;
import org.argusvms.events.domain.model.log.LogSettings;
import org.argusvms.events.domain.model.log.LogSettingsRepository;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.internal.AuditLog;
import org.argusvms.management.domain.model.role.AdminArea;

/** Every method requires the SECURITY admin area; changes and purges are audited. */
@Stateless
@PermitAll
public class DefaultLogSettingsService implements LogSettingsService {

    @Inject
    private LogSettingsRepository settings;

    @Inject
    private LogRetention retention;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Override
    public LogSettingsView get() {
        permissions.requireAdmin(AdminArea.SECURITY);
        return toView(settings.current());
    }

    @Override
    public LogSettingsView change(LogSettingsInput input) {
        permissions.requireAdmin(AdminArea.SECURITY);
        LogSettings.Values values = LogSettingsValidator.validate(input);
        LogSettings current = settings.current();
        current.change(values);
        audit.succeeded("log-settings.change", values.toString());
        settings.flush();
        return toView(current);
    }

    @Override
    public LogPurgeResult purgeNow() {
        permissions.requireAdmin(AdminArea.SECURITY);
        LogPurgeResult result = retention.purge();
        audit.succeeded("log.purge", result.toString());
        return result;
    }

    private static LogSettingsView toView(LogSettings current) {
        LogSettings.Values values = current.values();
        return new LogSettingsView(values.systemLevel().name(), values.systemRetentionDays(),
                values.auditRetentionDays(), values.ruleRetentionDays(), current.version());
    }
}
