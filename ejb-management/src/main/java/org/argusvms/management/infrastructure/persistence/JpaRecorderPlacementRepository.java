package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.management.domain.model.camera.PlacementHistory;
import org.argusvms.management.domain.model.camera.RecorderPlacement;
import org.argusvms.management.domain.model.camera.RecorderPlacementRepository;

@ApplicationScoped
public class JpaRecorderPlacementRepository implements RecorderPlacementRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public PlacementHistory historyOf(String cameraId) {
        return new PlacementHistory(entityManager.createQuery(
                        "SELECT p FROM RecorderPlacement p WHERE p.cameraId = :camera", RecorderPlacement.class)
                .setParameter("camera", cameraId).getResultList());
    }

    @Override
    public void store(RecorderPlacement placement) {
        entityManager.persist(placement);
        entityManager.flush();
    }

    @Override
    public void removeHistoryOf(String cameraId) {
        entityManager.createQuery("DELETE FROM RecorderPlacement p WHERE p.cameraId = :camera")
                .setParameter("camera", cameraId).executeUpdate();
    }
}
