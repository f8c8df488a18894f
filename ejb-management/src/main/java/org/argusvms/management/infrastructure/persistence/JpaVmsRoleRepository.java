package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.management.domain.model.role.VmsRole;
import org.argusvms.management.domain.model.role.VmsRoleRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaVmsRoleRepository implements VmsRoleRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Optional<VmsRole> find(String id) {
        return Optional.ofNullable(entityManager.find(VmsRole.class, id));
    }

    @Override
    public Optional<VmsRole> findByName(String name) {
        return entityManager.createQuery("SELECT r FROM VmsRole r WHERE r.name = :name", VmsRole.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<VmsRole> findAll() {
        return entityManager.createQuery("SELECT r FROM VmsRole r ORDER BY r.name", VmsRole.class).getResultList();
    }

    @Override
    public List<VmsRole> findPage(String nameContains, int offset, int limit) {
        return entityManager.createQuery(
                        "SELECT r FROM VmsRole r WHERE LOWER(r.name) LIKE :name ESCAPE '\\' ORDER BY r.name", VmsRole.class)
                .setParameter("name", NameFilter.containsPattern(nameContains))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String nameContains) {
        return entityManager.createQuery(
                        "SELECT COUNT(r) FROM VmsRole r WHERE LOWER(r.name) LIKE :name ESCAPE '\\'", Long.class)
                .setParameter("name", NameFilter.containsPattern(nameContains)).getSingleResult();
    }

    @Override
    public void store(VmsRole role) {
        entityManager.persist(role);
        entityManager.flush();
    }

    @Override
    public void remove(VmsRole role) {
        entityManager.remove(role);
        entityManager.flush();
    }
}
