package org.argusvms.management.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V15: existing cameras keep receiving RTP over TCP, as before the setting existed. */
class RtspTransportMigrationTest {

    @Test
    void existingCamerasUseTcp() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator migrator = new SchemaMigrator(dataSource, "management", getClass().getClassLoader());
        migrator.migrate(ManagementSchema.MIGRATIONS.subList(0, 12));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO recording_server (id, name, control_host, control_port, media_url, online,"
                    + " registered_at, version) VALUES ('rec-1', 'R1', '127.0.0.1', 9001, 'http://127.0.0.1:7563',"
                    + " TRUE, CURRENT_TIMESTAMP, 1)");
            s.execute("INSERT INTO camera (id, name, stream_url, recording_mode, enabled, recording_server_id,"
                    + " created_at, version) VALUES ('cam-1', 'Gate', 'rtsp://10.0.0.5/s', 'ALWAYS', TRUE, 'rec-1',"
                    + " CURRENT_TIMESTAMP, 1)");
        }

        migrator.migrate(ManagementSchema.MIGRATIONS);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT rtsp_transport FROM camera WHERE id = 'cam-1'")) {
                assertTrue(rows.next());
                assertEquals("TCP", rows.getString(1));
            }
        }
    }
}
