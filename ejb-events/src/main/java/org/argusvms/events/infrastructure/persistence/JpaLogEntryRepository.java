package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.argusvms.events.domain.model.log.LogCursor;
import org.argusvms.events.domain.model.log.LogEntry;
import org.argusvms.events.domain.model.log.LogEntryRepository;
import org.argusvms.events.domain.model.log.LogQuery;
import org.argusvms.recorder.protocol.log.LogKind;
import org.argusvms.recorder.protocol.log.LogLevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
public class JpaLogEntryRepository implements LogEntryRepository {

    @PersistenceContext(unitName = "argus-log")
    private EntityManager entityManager;

    @Override
    public void store(LogEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public List<LogEntry> find(LogQuery query, LogCursor after, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.kind() != null) {
            conditions.add("e.kind = :kind");
            parameters.put("kind", query.kind());
        }
        if (query.minimumLevel() != null) {
            conditions.add("e.level IN :levels");
            parameters.put("levels", Arrays.stream(LogLevel.values())
                    .filter(level -> level.isAtLeast(query.minimumLevel())).toList());
        }
        if (query.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", query.to());
        }
        if (query.source() != null) {
            conditions.add("e.source LIKE :source ESCAPE '\\'");
            parameters.put("source", likeEscaped(query.source()) + "%");
        }
        if (query.user() != null) {
            conditions.add("e.user = :user");
            parameters.put("user", query.user());
        }
        if (query.text() != null) {
            conditions.add("LOWER(e.message) LIKE :text ESCAPE '\\'");
            parameters.put("text", "%" + likeEscaped(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (after != null) {
            conditions.add("(e.occurredAt < :afterTime OR (e.occurredAt = :afterTime AND e.id < :afterId))");
            parameters.put("afterTime", after.occurredAt());
            parameters.put("afterId", after.id());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<LogEntry> select = entityManager.createQuery(
                "SELECT e FROM LogEntry e" + where + " ORDER BY e.occurredAt DESC, e.id DESC", LogEntry.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public int removeOlderThan(LogKind kind, Instant cutoff, int max) {
        List<String> ids = entityManager.createQuery("SELECT e.id FROM LogEntry e WHERE e.kind = :kind"
                        + " AND e.occurredAt < :cutoff ORDER BY e.occurredAt", String.class)
                .setParameter("kind", kind).setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return entityManager.createQuery("DELETE FROM LogEntry e WHERE e.id IN :ids")
                .setParameter("ids", ids).executeUpdate();
    }

    /** Makes LIKE's wildcards in user text literal (escape character backslash). */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
