package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.events.domain.model.log.LogSettings;
import org.argusvms.events.domain.model.log.LogSettingsRepository;

@ApplicationScoped
public class JpaLogSettingsRepository implements LogSettingsRepository {

    @PersistenceContext(unitName = "argus-log")
    private EntityManager entityManager;

    @Override
    public LogSettings current() {
        LogSettings settings = entityManager.find(LogSettings.class, LogSettings.ID);
        if (settings == null) {
            throw new IllegalStateException("the log settings row is missing; the log schema migration creates it");
        }
        return settings;
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
