package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.management.domain.model.evidence.EvidenceLock;
import org.argusvms.management.domain.model.evidence.EvidenceLockRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEvidenceLockRepository implements EvidenceLockRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Optional<EvidenceLock> find(String id) {
        return Optional.ofNullable(entityManager.find(EvidenceLock.class, id));
    }

    @Override
    public List<EvidenceLock> findByCameras(Collection<String> cameraIds) {
        if (cameraIds.isEmpty()) {
            return List.of(); // an empty IN list is not portable SQL
        }
        return entityManager.createQuery("SELECT l FROM EvidenceLock l WHERE l.cameraId IN :cameras"
                        + " ORDER BY l.createdAt DESC, l.id", EvidenceLock.class)
                .setParameter("cameras", cameraIds).getResultList();
    }

    @Override
    public void store(EvidenceLock lock) {
        entityManager.persist(lock);
    }

    @Override
    public void remove(EvidenceLock lock) {
        entityManager.remove(entityManager.contains(lock) ? lock : entityManager.merge(lock));
    }
}
