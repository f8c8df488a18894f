package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCameraRepository implements CameraRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Optional<Camera> find(String id) {
        return Optional.ofNullable(entityManager.find(Camera.class, id));
    }

    @Override
    public Optional<Camera> findByName(String name) {
        return entityManager.createQuery("SELECT c FROM Camera c WHERE c.name = :name", Camera.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<Camera> findAll() {
        return entityManager.createQuery("SELECT c FROM Camera c ORDER BY c.name", Camera.class).getResultList();
    }

    @Override
    public List<Camera> findByRecordingServer(String recordingServerId) {
        return entityManager.createQuery(
                        "SELECT c FROM Camera c WHERE c.recordingServer.id = :server ORDER BY c.name", Camera.class)
                .setParameter("server", recordingServerId).getResultList();
    }

    @Override
    public List<Camera> findByHardware(String hardwareId) {
        return entityManager.createQuery(
                        "SELECT c FROM Camera c WHERE c.hardware.id = :hardware ORDER BY c.channel", Camera.class)
                .setParameter("hardware", hardwareId).getResultList();
    }

    @Override
    public void store(Camera camera) {
        entityManager.persist(camera);
        entityManager.flush();
    }

    @Override
    public void remove(Camera camera) {
        entityManager.remove(camera);
    }
}
