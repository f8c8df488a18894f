package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.events.domain.model.notification.NotificationSettings;
import org.argusvms.events.domain.model.notification.NotificationSettingsRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaNotificationSettingsRepository implements NotificationSettingsRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Override
    public Optional<NotificationSettings> find() {
        return Optional.ofNullable(entityManager.find(NotificationSettings.class, NotificationSettings.ID));
    }

    @Override
    public void store(NotificationSettings settings) {
        entityManager.persist(settings);
        entityManager.flush();
    }
}
