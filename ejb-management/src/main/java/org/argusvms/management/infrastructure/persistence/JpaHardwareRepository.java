package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.management.domain.model.hardware.Hardware;
import org.argusvms.management.domain.model.hardware.HardwareRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaHardwareRepository implements HardwareRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Optional<Hardware> find(String id) {
        return Optional.ofNullable(entityManager.find(Hardware.class, id));
    }

    @Override
    public List<Hardware> findAll() {
        return entityManager.createQuery("SELECT h FROM Hardware h ORDER BY h.recordingServer.id, h.name",
                Hardware.class).getResultList();
    }

    @Override
    public void store(Hardware hardware) {
        entityManager.persist(hardware);
        entityManager.flush();
    }

    @Override
    public void remove(Hardware hardware) {
        entityManager.remove(hardware);
        entityManager.flush();
    }
}
