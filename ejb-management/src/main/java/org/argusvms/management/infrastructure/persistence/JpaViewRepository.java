package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.argusvms.management.domain.model.view.View;
import org.argusvms.management.domain.model.view.ViewRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaViewRepository implements ViewRepository {

    private static final String VISIBLE = " FROM View v WHERE (v.shared = TRUE OR v.owner = :user)"
            + " AND LOWER(v.name) LIKE :name ESCAPE '\\'";

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Optional<View> find(String id) {
        return Optional.ofNullable(entityManager.find(View.class, id));
    }

    @Override
    public List<View> findVisiblePage(String userName, String nameContains, int offset, int limit) {
        return visible("SELECT v" + VISIBLE + " ORDER BY v.name, v.id", View.class, userName, nameContains)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countVisible(String userName, String nameContains) {
        return visible("SELECT COUNT(v)" + VISIBLE, Long.class, userName, nameContains).getSingleResult();
    }

    private <T> TypedQuery<T> visible(String query, Class<T> type, String userName, String nameContains) {
        return entityManager.createQuery(query, type).setParameter("user", userName)
                .setParameter("name", NameFilter.containsPattern(nameContains));
    }

    @Override
    public Optional<View> findByName(String name, boolean shared, String owner) {
        TypedQuery<View> query = shared
                ? entityManager.createQuery("SELECT v FROM View v WHERE v.shared = TRUE AND v.name = :name", View.class)
                : entityManager.createQuery("SELECT v FROM View v WHERE v.shared = FALSE AND v.owner = :owner"
                        + " AND v.name = :name", View.class).setParameter("owner", owner);
        return query.setParameter("name", name).getResultStream().findFirst();
    }

    /** The LIKE narrows the rows; the layout decides, since a text match alone could be part of another id. */
    @Override
    public List<View> findShowing(String cameraId) {
        return entityManager.createQuery("SELECT v FROM View v WHERE LOWER(v.tiles) LIKE :camera ESCAPE '\\'", View.class)
                .setParameter("camera", NameFilter.containsPattern(cameraId)).getResultStream()
                .filter(view -> view.layout().cameraIds().contains(cameraId)).toList();
    }

    @Override
    public void store(View view) {
        entityManager.persist(view);
        entityManager.flush();
    }

    @Override
    public void remove(View view) {
        entityManager.remove(view);
        entityManager.flush();
    }
}
