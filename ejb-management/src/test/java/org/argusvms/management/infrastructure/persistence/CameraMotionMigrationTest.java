package org.argusvms.management.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** V12: existing cameras keep motion detection off, except those recorded on motion, which need it. */
class CameraMotionMigrationTest {

    @Test
    void onlyCamerasRecordedOnMotionGetDetectionSwitchedOn() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator migrator = new SchemaMigrator(dataSource, "management", getClass().getClassLoader());
        migrator.migrate(ManagementSchema.MIGRATIONS.subList(0, 11));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO recording_server (id, name, control_host, control_port, media_url, online,"
                    + " registered_at, version) VALUES ('rec-1', 'R1', '127.0.0.1', 9001, 'http://127.0.0.1:7563',"
                    + " TRUE, CURRENT_TIMESTAMP, 1)");
            for (String mode : List.of("ALWAYS", "MOTION")) {
                s.execute("INSERT INTO camera (id, name, stream_url, recording_mode, enabled, recording_server_id,"
                        + " created_at, version) VALUES ('" + mode + "', '" + mode + "', 'rtsp://10.0.0.5/s', '"
                        + mode + "', TRUE, 'rec-1', CURRENT_TIMESTAMP, 1)");
            }
        }

        migrator.migrate(ManagementSchema.MIGRATIONS);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id, motion_enabled, motion_sensitivity, motion_analysis_fps,"
                     + " motion_regions FROM camera ORDER BY id")) {
            List<String> cameras = new ArrayList<>();
            while (rows.next()) {
                cameras.add(rows.getString(1) + " " + rows.getBoolean(2) + " " + rows.getInt(3) + " "
                        + rows.getInt(4) + " " + rows.getString(5));
            }
            assertEquals(List.of("ALWAYS false 50 0 null", "MOTION true 50 0 null"), cameras);
        }
    }
}
