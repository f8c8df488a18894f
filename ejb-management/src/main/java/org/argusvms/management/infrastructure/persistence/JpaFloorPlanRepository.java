package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.management.domain.model.map.FloorPlan;
import org.argusvms.management.domain.model.map.FloorPlanPicture;
import org.argusvms.management.domain.model.map.FloorPlanRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFloorPlanRepository implements FloorPlanRepository {

    private static final String MATCHING = " FROM FloorPlan p WHERE LOWER(p.name) LIKE :name ESCAPE '\\'";

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Optional<FloorPlan> find(String id) {
        return Optional.ofNullable(entityManager.find(FloorPlan.class, id));
    }

    @Override
    public List<FloorPlan> findPage(String nameContains, int offset, int limit) {
        return entityManager.createQuery("SELECT p" + MATCHING + " ORDER BY p.name, p.id", FloorPlan.class)
                .setParameter("name", NameFilter.containsPattern(nameContains))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String nameContains) {
        return entityManager.createQuery("SELECT COUNT(p)" + MATCHING, Long.class)
                .setParameter("name", NameFilter.containsPattern(nameContains)).getSingleResult();
    }

    @Override
    public Optional<FloorPlan> findByName(String name) {
        return entityManager.createQuery("SELECT p FROM FloorPlan p WHERE p.name = :name", FloorPlan.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public Optional<FloorPlanPicture> findPicture(String planId) {
        return Optional.ofNullable(entityManager.find(FloorPlanPicture.class, planId));
    }

    @Override
    public void store(FloorPlan plan) {
        entityManager.persist(plan);
        entityManager.flush();
    }

    @Override
    public void storePicture(FloorPlanPicture picture) {
        entityManager.persist(picture);
        entityManager.flush();
    }

    /** The picture first, flushed on its own: no mapping tells the provider that its row refers to the plan's. */
    @Override
    public void remove(FloorPlan plan) {
        findPicture(plan.id()).ifPresent(picture -> {
            entityManager.remove(picture);
            entityManager.flush();
        });
        entityManager.remove(plan);
        entityManager.flush();
    }
}
