package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.management.domain.model.storage.Storage;
import org.argusvms.management.domain.model.storage.StorageRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStorageRepository implements StorageRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Optional<Storage> find(String id) {
        return Optional.ofNullable(id == null ? null : entityManager.find(Storage.class, id));
    }

    @Override
    public List<Storage> findByRecordingServer(String recordingServerId) {
        return entityManager.createQuery("SELECT s FROM Storage s WHERE s.recordingServer.id = :server"
                        + " ORDER BY s.defaultStorage DESC, s.name", Storage.class)
                .setParameter("server", recordingServerId).getResultList();
    }

    @Override
    public void store(Storage storage) {
        entityManager.persist(storage);
        entityManager.flush();
    }

    @Override
    public void remove(Storage storage) {
        entityManager.remove(storage);
        entityManager.flush();
    }
}
