package org.argusvms.management.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

/**
 * An in-memory H2 management database that had recorder {@code rec-1} and camera {@code cam-1} ("Gate", ALWAYS)
 * at V12, before hardware (V14), and was then migrated to the newest version: what upgraded installations look like.
 */
final class CameraBeforeHardwareDatabase {

    private CameraBeforeHardwareDatabase() {
    }

    static JdbcDataSource migrated() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator migrator = new SchemaMigrator(dataSource, "management",
                CameraBeforeHardwareDatabase.class.getClassLoader());
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
        return dataSource;
    }
}
