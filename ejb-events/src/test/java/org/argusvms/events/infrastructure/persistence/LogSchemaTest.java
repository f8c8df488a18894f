package org.argusvms.events.infrastructure.persistence;

import org.argusvms.management.infrastructure.persistence.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogSchemaTest {

    @Test
    void aFreshLogSchemaKeepsErrorsOnlyAndItsDocumentedRetention() throws Exception {
        JdbcDataSource dataSource = migrated();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT system_level, system_retention_days, audit_retention_days,"
                     + " rule_retention_days FROM log_settings")) {
            assertTrue(row.next());
            assertEquals("ERROR", row.getString(1));
            assertEquals(30, row.getInt(2));
            assertEquals(365, row.getInt(3));
            assertEquals(90, row.getInt(4));
            assertFalse(row.next(), "exactly one settings row");
        }
    }

    @Test
    void anEntryNeedsItsKindLevelTimesSourceAndMessage() throws Exception {
        JdbcDataSource dataSource = migrated();
        String complete = "INSERT INTO log_entry (id, kind, log_level, occurred_at, received_at, source, message)"
                + " VALUES ('%s', 'AUDIT', 'INFO', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'management', 'role.create')";
        String withoutSource = "INSERT INTO log_entry (id, kind, log_level, occurred_at, received_at, message)"
                + " VALUES ('%s', 'AUDIT', 'INFO', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'role.create')";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(complete.formatted(UUID.randomUUID()));
            assertThrows(SQLException.class, () -> s.execute(withoutSource.formatted(UUID.randomUUID())));
        }
    }

    private static JdbcDataSource migrated() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator migrator = new SchemaMigrator(dataSource, "log", LogSchemaTest.class.getClassLoader());
        assertEquals(LogSchema.MIGRATIONS.size(), migrator.migrate(LogSchema.MIGRATIONS));
        assertEquals(0, migrator.migrate(LogSchema.MIGRATIONS), "a second start changes nothing");
        return dataSource;
    }
}
