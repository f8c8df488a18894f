package org.argusvms.management.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.argusvms.management.domain.model.ptz.PtzSessionRepository;
import org.argusvms.management.domain.model.ptz.StoredPtzSession;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The {@code ptz_session} table (management V16) with plain JDBC, each call in a transaction of its own. JDBC rather
 * than JPA: a lost insert race is expected when two nodes take a free camera at once, and JDBC lets it be a quiet
 * {@code false} (the provider would log it with a stack trace); it also keeps the rows out of any persistence
 * context, so every read sees what the other nodes committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JdbcPtzSessionRepository implements PtzSessionRepository {

    /** SQLSTATE class of integrity constraint violations (here: the primary key), the same on every database. */
    private static final String INTEGRITY_VIOLATION = "23";

    @Resource(lookup = "java:jboss/datasources/ArgusDS")
    private DataSource dataSource;

    public JdbcPtzSessionRepository() {
        // for the container
    }

    /** Outside the container (tests): every call on its own auto-committed connection. */
    public JdbcPtzSessionRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<StoredPtzSession> find(String cameraId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT username, priority, expires_at_ms, version FROM ptz_session WHERE camera_id = ?")) {
            select.setString(1, cameraId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new StoredPtzSession(cameraId, row.getString(1), row.getInt(2),
                                Instant.ofEpochMilli(row.getLong(3)), row.getLong(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", cameraId, e);
        }
    }

    @Override
    public boolean insert(StoredPtzSession session) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ptz_session (username, priority, expires_at_ms, camera_id, version) VALUES (?, ?, ?, ?, 0)")) {
            bindSession(insert, session);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                return false;
            }
            throw failure("store", session.cameraId(), e);
        }
    }

    @Override
    public boolean replace(StoredPtzSession session, long readVersion) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE ptz_session SET username = ?, priority = ?, expires_at_ms = ?, version = version + 1"
                        + " WHERE camera_id = ? AND version = ?")) {
            bindSession(update, session);
            update.setLong(5, readVersion);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("store", session.cameraId(), e);
        }
    }

    @Override
    public boolean delete(String cameraId, long readVersion) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM ptz_session WHERE camera_id = ? AND version = ?")) {
            delete.setString(1, cameraId);
            delete.setLong(2, readVersion);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("end", cameraId, e);
        }
    }

    /** Parameters 1..4: username, priority, expiry, camera id — the same order in the insert and the update. */
    private static void bindSession(PreparedStatement statement, StoredPtzSession session) throws SQLException {
        statement.setString(1, session.username());
        statement.setInt(2, session.priority());
        statement.setLong(3, session.expiresAt().toEpochMilli());
        statement.setString(4, session.cameraId());
    }

    private static IllegalStateException failure(String what, String cameraId, SQLException e) {
        return new IllegalStateException("could not " + what + " the PTZ session of camera " + cameraId, e);
    }
}
