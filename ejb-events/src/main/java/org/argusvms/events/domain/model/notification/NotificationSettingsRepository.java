package org.argusvms.events.domain.model.notification;

import java.util.Optional;

public interface NotificationSettingsRepository {

    Optional<NotificationSettings> find();

    void store(NotificationSettings settings);
}
