package org.argusvms.management.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaMigratorTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void freshDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private SchemaMigrator migrator() {
        return new SchemaMigrator(dataSource, "management", getClass().getClassLoader());
    }

    @Test
    void appliesTheManagementSchemaOnceAndRecordsIt() throws Exception {
        assertEquals(ManagementSchema.MIGRATIONS.size(), migrator().migrate(ManagementSchema.MIGRATIONS));
        assertEquals(0, migrator().migrate(ManagementSchema.MIGRATIONS), "second start applies nothing");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO recording_server (id, name, control_host, control_port, media_url, online, registered_at, version)"
                    + " VALUES ('rec-1', 'R1', '127.0.0.1', 9001, 'http://127.0.0.1:7563', TRUE, CURRENT_TIMESTAMP, 1)");
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM argus_schema_history WHERE module = 'management'")) {
                rows.next();
                assertEquals(ManagementSchema.MIGRATIONS.size(), rows.getInt(1));
            }
        }
    }

    @Test
    void seedsTheRolesThatMatchTheKeycloakRealmRoles() throws Exception {
        migrator().migrate(ManagementSchema.MIGRATIONS);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT r.name, c.claim, g.scope, g.rights, r.admin_areas FROM vms_role r"
                     + " JOIN vms_role_claim c ON c.role_id = r.id JOIN vms_role_grant g ON g.role_id = r.id ORDER BY r.name")) {
            rows.next();
            assertEquals(List.of("Administrators", "administrator", "ALL", "CONFIGURATION,SECURITY,SYSTEM_MONITOR"),
                    List.of(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(5)));
            assertEquals(9, rows.getString(4).split(",").length, "administrators hold every camera right");
            rows.next();
            assertEquals(List.of("Operators", "operator", "ALL", "ALARM_HANDLING,EXPORT,LIVE,PLAYBACK", ""),
                    List.of(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
        }
    }

    @Test
    void camerasFromBeforeTriggeredRecordingGetTheRecordersDefaults() throws Exception {
        migrator().migrate(ManagementSchema.MIGRATIONS.subList(0, 5));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO recording_server (id, name, control_host, control_port, media_url, online, registered_at, version)"
                    + " VALUES ('rec-1', 'R1', '127.0.0.1', 9001, 'http://127.0.0.1:7563', TRUE, CURRENT_TIMESTAMP, 1)");
            s.execute("INSERT INTO camera (id, name, stream_url, recording_mode, enabled, recording_server_id, created_at, version)"
                    + " VALUES ('cam-1', 'Gate', 'rtsp://10.0.0.5/s', 'ALWAYS', TRUE, 'rec-1', CURRENT_TIMESTAMP, 1)");
        }
        migrator().migrate(ManagementSchema.MIGRATIONS);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT pre_buffer_seconds, post_buffer_seconds, idle_recording FROM camera")) {
            row.next();
            assertEquals(List.of("5", "10", "FULL"), List.of(row.getString(1), row.getString(2), row.getString(3)));
        }
    }

    @Test
    void aChangedAppliedMigrationIsRefused() throws Exception {
        migrator().migrate(ManagementSchema.MIGRATIONS);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE argus_schema_history SET checksum = 'tampered'");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> migrator().migrate(ManagementSchema.MIGRATIONS));
        assertTrue(e.getMessage().contains("checksum"));
    }

    @Test
    void aFailingMigrationLeavesNoHistoryEntry() throws Exception {
        var broken = List.of(new SchemaMigrator.Migration(1, "broken", "db/migration/test/V1__broken.sql"));
        assertThrows(Exception.class, () -> migrator().migrate(broken));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM argus_schema_history")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }
}
