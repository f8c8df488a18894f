package org.argusvms.management.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** V11: every existing camera gets one open placement on its recorder, since it was created. */
class RecorderPlacementMigrationTest {

    @Test
    void existingCamerasArePlacedOnTheirRecorderSinceTheyWereCreated() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator migrator = new SchemaMigrator(dataSource, "management", getClass().getClassLoader());
        migrator.migrate(ManagementSchema.MIGRATIONS.subList(0, 10));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String recorder : List.of("rec-1", "rec-2")) {
                s.execute("INSERT INTO recording_server (id, name, control_host, control_port, media_url, online,"
                        + " registered_at, version) VALUES ('" + recorder + "', 'R', '127.0.0.1', 9001,"
                        + " 'http://127.0.0.1:7563', TRUE, CURRENT_TIMESTAMP, 1)");
            }
            s.execute("INSERT INTO camera (id, name, stream_url, recording_mode, enabled, recording_server_id,"
                    + " created_at, version) VALUES ('cam-1', 'Gate', 'rtsp://10.0.0.5/s', 'ALWAYS', TRUE, 'rec-1',"
                    + " TIMESTAMP '2026-01-02 03:04:05', 1)");
            s.execute("INSERT INTO camera (id, name, stream_url, recording_mode, enabled, recording_server_id,"
                    + " created_at, version) VALUES ('cam-2', 'Door', 'rtsp://10.0.0.6/s', 'ALWAYS', TRUE, 'rec-2',"
                    + " TIMESTAMP '2026-02-03 04:05:06', 1)");
        }

        migrator.migrate(ManagementSchema.MIGRATIONS);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT camera_id, recording_server_id, from_time, until_time"
                     + " FROM recorder_placement ORDER BY camera_id")) {
            rows.next();
            assertEquals(List.of("cam-1", "rec-1", "2026-01-02T03:04:05"), List.of(rows.getString(1),
                    rows.getString(2), rows.getTimestamp(3).toLocalDateTime().toString()));
            assertNull(rows.getTimestamp(4), "still recorded there");
            rows.next();
            assertEquals(List.of("cam-2", "rec-2"), List.of(rows.getString(1), rows.getString(2)));
            assertFalse(rows.next());
        }
    }
}
