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

/** V14: every existing camera becomes the channel-0 camera of its own hardware, which takes its connection. */
class HardwareMigrationTest {

    @Test
    void existingCamerasGetOneHardwareEachWithTheirConnectionAndTheLocalSiteExists() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator migrator = new SchemaMigrator(dataSource, "management", getClass().getClassLoader());
        migrator.migrate(ManagementSchema.MIGRATIONS.stream().filter(migration -> migration.version() < 14).toList());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO recording_server (id, name, control_host, control_port, media_url, online,"
                    + " registered_at, version) VALUES ('rec-1', 'R1', '127.0.0.1', 9001, 'http://127.0.0.1:7563',"
                    + " TRUE, CURRENT_TIMESTAMP, 1)");
            s.execute("INSERT INTO camera (id, name, stream_url, username, password_encrypted, recording_mode, enabled,"
                    + " recording_server_id, created_at, version) VALUES ('rtsp-cam', 'Gate', 'rtsp://10.0.0.5/s',"
                    + " 'viewer', 'sealed', 'ALWAYS', FALSE, 'rec-1', CURRENT_TIMESTAMP, 3)");
            s.execute("INSERT INTO camera (id, name, onvif_address, recording_mode, enabled, recording_server_id,"
                    + " created_at, version) VALUES ('onvif-cam', 'Yard', 'http://10.0.0.6/onvif/device_service',"
                    + " 'OFF', TRUE, 'rec-1', CURRENT_TIMESTAMP, 1)");
        }

        migrator.migrate(ManagementSchema.MIGRATIONS);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(List.of("onvif-cam Yard ONVIF http://10.0.0.6/onvif/device_service null null true rec-1",
                            "rtsp-cam Gate RTSP rtsp://10.0.0.5/s viewer sealed true rec-1"),
                    rows(s, "SELECT id, name, driver, address, username, password_encrypted, enabled,"
                            + " recording_server_id FROM hardware ORDER BY id", 8));
            assertEquals(List.of("onvif-cam onvif-cam 0 true", "rtsp-cam rtsp-cam 0 false"),
                    rows(s, "SELECT id, hardware_id, channel, enabled FROM camera ORDER BY id", 4));
            assertEquals(List.of("local Argus UTC"), rows(s, "SELECT id, name, time_zone FROM site", 3));
        }
    }

    private static List<String> rows(Statement statement, String query, int columns) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(String.valueOf(result.getObject(column)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
