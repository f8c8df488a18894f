package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRecordingServerRepository implements RecordingServerRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Optional<RecordingServer> find(String id) {
        return Optional.ofNullable(entityManager.find(RecordingServer.class, id));
    }

    @Override
    public List<RecordingServer> findAll() {
        return entityManager.createQuery("SELECT r FROM RecordingServer r ORDER BY r.id", RecordingServer.class)
                .getResultList();
    }

    @Override
    public void store(RecordingServer server) {
        if (!entityManager.contains(server)) {
            entityManager.persist(server);
        }
    }
}
