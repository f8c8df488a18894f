package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.argusvms.management.domain.model.bookmark.Bookmark;
import org.argusvms.management.domain.model.bookmark.BookmarkRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBookmarkRepository implements BookmarkRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public Optional<Bookmark> find(String id) {
        return Optional.ofNullable(entityManager.find(Bookmark.class, id));
    }

    @Override
    public List<Bookmark> findPage(Filter filter, int offset, int limit) {
        if (filter.cameraIds().isEmpty()) {
            return List.of(); // an empty IN list is not portable SQL
        }
        return query("SELECT b", " ORDER BY b.at DESC, b.createdAt DESC, b.id", Bookmark.class, filter)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Filter filter) {
        if (filter.cameraIds().isEmpty()) {
            return 0;
        }
        return query("SELECT COUNT(b)", "", Long.class, filter).getSingleResult();
    }

    /** Overlap: the bookmark ends after the window starts and starts before it ends. */
    private <T> TypedQuery<T> query(String select, String order, Class<T> type, Filter filter) {
        StringBuilder where = new StringBuilder(" FROM Bookmark b WHERE b.cameraId IN :cameras");
        if (filter.from() != null) {
            where.append(" AND b.to > :from");
        }
        if (filter.to() != null) {
            where.append(" AND b.from < :to");
        }
        boolean text = filter.text() != null && !filter.text().isBlank();
        if (text) {
            where.append(" AND (LOWER(b.headline) LIKE :text ESCAPE '\\' OR LOWER(b.description) LIKE :text ESCAPE '\\')");
        }
        TypedQuery<T> query = entityManager.createQuery(select + where + order, type)
                .setParameter("cameras", filter.cameraIds());
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (text) {
            query.setParameter("text", NameFilter.containsPattern(filter.text()));
        }
        return query;
    }

    @Override
    public void store(Bookmark bookmark) {
        entityManager.persist(bookmark);
        entityManager.flush();
    }

    @Override
    public void remove(Bookmark bookmark) {
        entityManager.remove(bookmark);
        entityManager.flush();
    }
}
