package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.management.domain.model.timeprofile.TimeProfile;
import org.argusvms.management.domain.model.timeprofile.TimeProfileRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTimeProfileRepository implements TimeProfileRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Optional<TimeProfile> find(String id) {
        return Optional.ofNullable(entityManager.find(TimeProfile.class, id));
    }

    @Override
    public Optional<TimeProfile> findByName(String name) {
        return entityManager.createQuery("SELECT p FROM TimeProfile p WHERE p.name = :name", TimeProfile.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<TimeProfile> findPage(String nameContains, int offset, int limit) {
        return entityManager.createQuery(
                        "SELECT p FROM TimeProfile p WHERE LOWER(p.name) LIKE :name ESCAPE '\\' ORDER BY p.name", TimeProfile.class)
                .setParameter("name", NameFilter.containsPattern(nameContains))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public void store(TimeProfile profile) {
        entityManager.persist(profile);
        entityManager.flush();
    }

    @Override
    public void remove(TimeProfile profile) {
        entityManager.remove(profile);
        entityManager.flush();
    }
}
