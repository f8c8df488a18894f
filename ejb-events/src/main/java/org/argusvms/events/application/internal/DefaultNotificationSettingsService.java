package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.events.application.NotificationSettingsInput;
import org.argusvms.events.application.NotificationSettingsService;
import org.argusvms.events.application.NotificationSettingsView;
import org.argusvms.events.domain.model.notification.NotificationSettings;
import org.argusvms.events.domain.model.notification.NotificationSettingsRepository;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.application.internal.AuditLog;
import org.argusvms.management.domain.model.role.AdminArea;

import java.util.Optional;
import java.util.regex.Pattern;

/** Both methods require the CONFIGURATION admin area; changes are audited (without the password). */
@Stateless
@PermitAll
public class DefaultNotificationSettingsService implements NotificationSettingsService {

    static final int DEFAULT_PORT = 587;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,255}");

    @Inject
    private NotificationSettingsRepository repository;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Override
    public Optional<NotificationSettingsView> settings() {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return repository.find().map(DefaultNotificationSettingsService::toView);
    }

    @Override
    public NotificationSettingsView replace(NotificationSettingsInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        NotificationSettings.Smtp smtp = validate(input);
        Optional<NotificationSettings> stored = repository.find();
        String password = input.password() == null || input.password().isEmpty() ? null : input.password();
        if (stored.isEmpty()) {
            NotificationSettings created = new NotificationSettings(smtp, password);
            repository.store(created);
            audit.succeeded("notification-settings.change", describe(smtp));
            return toView(created);
        }
        NotificationSettings settings = stored.get();
        if (input.version() == null || settings.version() != input.version()) {
            throw new ConflictException("the notification settings were changed by someone else since you read them;"
                    + " reload them and apply your change again");
        }
        settings.change(smtp, password, input.password() == null);
        try {
            repository.store(settings);
        } catch (OptimisticLockException e) {
            throw new ConflictException("the notification settings were changed by someone else meanwhile");
        }
        audit.succeeded("notification-settings.change", describe(smtp));
        return toView(settings);
    }

    private static NotificationSettings.Smtp validate(NotificationSettingsInput input) {
        if (input == null) {
            throw new ValidationException("body", "a notification settings object is required");
        }
        String host = AlarmDefinitionValidator.required("smtpHost", input.smtpHost(), 255);
        if (!HOST.matcher(host).matches()) {
            throw new ValidationException("smtpHost", "smtpHost must be a host name or IP address");
        }
        int port = input.smtpPort() == null ? DEFAULT_PORT : input.smtpPort();
        if (port < 1 || port > 65535) {
            throw new ValidationException("smtpPort", "smtpPort must be 1..65535");
        }
        String from = AlarmDefinitionValidator.required("fromAddress", input.fromAddress(), 320);
        if (!RuleInputValidator.isMailAddress(from)) {
            throw new ValidationException("fromAddress", "fromAddress must be an e-mail address like argus@example.com");
        }
        if (input.password() != null && input.password().length() > 500) {
            throw new ValidationException("password", "password must be at most 500 characters");
        }
        return new NotificationSettings.Smtp(host, port, from, input.startTls() == null || input.startTls(),
                AlarmDefinitionValidator.optional("username", input.username(), 255));
    }

    /** Where mail goes, never the password. */
    private static String describe(NotificationSettings.Smtp smtp) {
        return "SMTP server " + smtp.host() + ":" + smtp.port();
    }

    private static NotificationSettingsView toView(NotificationSettings settings) {
        NotificationSettings.Smtp smtp = settings.smtp();
        return new NotificationSettingsView(smtp.host(), smtp.port(), smtp.fromAddress(), smtp.startTls(),
                smtp.username(), settings.hasPassword(), settings.version());
    }
}
