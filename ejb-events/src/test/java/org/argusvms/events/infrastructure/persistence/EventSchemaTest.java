package org.argusvms.events.infrastructure.persistence;

import org.argusvms.management.infrastructure.persistence.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventSchemaTest {

    @Test
    void theDatabaseRefusesASecondCopyOfTheSameRecorderDelivery() throws Exception {
        JdbcDataSource dataSource = migratedDatabase();

        String insert = "INSERT INTO device_event (id, recorder_id, seq, event_type, occurred_at, received_at)"
                + " VALUES ('%s', 'rec-1', 7, 'camera.connected', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(insert.formatted(UUID.randomUUID()));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted(UUID.randomUUID())));
        }
    }

    @Test
    void twoGenericEventDefinitionsCannotShareAName() throws Exception {
        JdbcDataSource dataSource = migratedDatabase();

        String insert = "INSERT INTO generic_event_definition (id, name, match_type, expression, ignore_case, enabled, version)"
                + " VALUES ('%s', 'Door forced', 'CONTAINS', 'forced', TRUE, TRUE, 0)";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(insert.formatted(UUID.randomUUID()));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted(UUID.randomUUID())));
        }
    }

    @Test
    void anAlarmsHistoryCannotOutliveItNorRepeatAStep() throws Exception {
        JdbcDataSource dataSource = migratedDatabase();

        String history = "INSERT INTO alarm_history (alarm_id, seq_no, changed_at, username, to_state)"
                + " VALUES ('a-1', 0, CURRENT_TIMESTAMP, 'system', 'NEW')";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute(history), "no alarm a-1");
            s.execute("INSERT INTO alarm (id, definition_id, definition_name, event_id, event_type, state, priority,"
                    + " raised_at, version) VALUES ('a-1', 'd-1', 'Door', 'e-1', 'generic', 'NEW', 5,"
                    + " CURRENT_TIMESTAMP, 1)");
            s.execute(history);
            assertThrows(SQLException.class, () -> s.execute(history), "step 0 twice");
        }
    }

    @Test
    void aUsersIdempotencyKeyTriggersOneUserEventOnly() throws Exception {
        JdbcDataSource dataSource = migratedDatabase();

        String insert = "INSERT INTO user_event (id, definition_id, definition_name, triggered_by, idempotency_key,"
                + " triggered_at) VALUES ('%s', 'd-1', 'Evacuation', '%s', 'key-1', CURRENT_TIMESTAMP)";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(insert.formatted(UUID.randomUUID(), "alice"));
            s.execute(insert.formatted(UUID.randomUUID(), "bob"));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted(UUID.randomUUID(), "alice")));
        }
    }

    @Test
    void aSendersMessageIdIsReceivedOnce() throws Exception {
        JdbcDataSource dataSource = migratedDatabase();

        String insert = "INSERT INTO generic_message_receipt (source_address, message_id, received_at)"
                + " VALUES ('%s', 'door-7:41', CURRENT_TIMESTAMP)";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(insert.formatted("10.0.0.7"));
            s.execute(insert.formatted("10.0.0.8"));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted("10.0.0.7")));
        }
    }

    @Test
    void aSendersAnalyticsEventIsReceivedOnce() throws Exception {
        JdbcDataSource dataSource = migratedDatabase();

        String insert = "INSERT INTO analytics_event_receipt (source_address, sender_event_key, received_at)"
                + " VALUES ('%s', '%s', CURRENT_TIMESTAMP)";
        String key = "ab".repeat(32);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(insert.formatted("10.0.0.7", key));
            s.execute(insert.formatted("10.0.0.8", key));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted("10.0.0.7", key)));
        }
    }

    /** A fresh in-memory database with every migration applied (twice: the second run must change nothing). */
    private JdbcDataSource migratedDatabase() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrate(dataSource);
        return dataSource;
    }

    private void migrate(JdbcDataSource dataSource) throws Exception {
        SchemaMigrator migrator = new SchemaMigrator(dataSource, "events", getClass().getClassLoader());
        assertEquals(EventSchema.MIGRATIONS.size(), migrator.migrate(EventSchema.MIGRATIONS));
        assertEquals(0, migrator.migrate(EventSchema.MIGRATIONS), "a second start changes nothing");
    }
}
