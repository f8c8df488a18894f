package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.management.domain.model.role.DeviceGroup;
import org.argusvms.management.domain.model.role.DeviceGroupRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDeviceGroupRepository implements DeviceGroupRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Optional<DeviceGroup> find(String id) {
        return Optional.ofNullable(entityManager.find(DeviceGroup.class, id));
    }

    @Override
    public Optional<DeviceGroup> findByName(String name) {
        return entityManager.createQuery("SELECT g FROM DeviceGroup g WHERE g.name = :name", DeviceGroup.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<DeviceGroup> findContaining(String cameraId) {
        return entityManager.createQuery(
                        "SELECT DISTINCT g FROM DeviceGroup g JOIN g.cameras c WHERE c.id = :camera", DeviceGroup.class)
                .setParameter("camera", cameraId).getResultList();
    }

    @Override
    public List<DeviceGroup> findPage(String nameContains, int offset, int limit) {
        return entityManager.createQuery(
                        "SELECT g FROM DeviceGroup g WHERE LOWER(g.name) LIKE :name ESCAPE '\\' ORDER BY g.name", DeviceGroup.class)
                .setParameter("name", NameFilter.containsPattern(nameContains))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String nameContains) {
        return entityManager.createQuery(
                        "SELECT COUNT(g) FROM DeviceGroup g WHERE LOWER(g.name) LIKE :name ESCAPE '\\'", Long.class)
                .setParameter("name", NameFilter.containsPattern(nameContains)).getSingleResult();
    }

    @Override
    public void store(DeviceGroup group) {
        entityManager.persist(group);
        entityManager.flush();
    }

    @Override
    public void remove(DeviceGroup group) {
        entityManager.remove(group);
        entityManager.flush();
    }
}
