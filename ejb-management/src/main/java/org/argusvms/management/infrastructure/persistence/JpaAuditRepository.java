package org.argusvms.management.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.argusvms.management.domain.model.audit.AuditEntry;
import org.argusvms.management.domain.model.audit.AuditRepository;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "argus-management")
    private EntityManager entityManager;

    @Override
    public void store(AuditEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public List<AuditEntry> find(Instant from, Instant to, String userName, int offset, int limit) {
        String byUser = userName == null ? "" : " AND a.userName = :user";
        TypedQuery<AuditEntry> query = entityManager.createQuery("SELECT a FROM AuditEntry a"
                        + " WHERE a.occurredAt >= :from AND a.occurredAt < :to" + byUser
                        + " ORDER BY a.occurredAt DESC, a.id", AuditEntry.class)
                .setParameter("from", from).setParameter("to", to);
        if (userName != null) {
            query.setParameter("user", userName);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
