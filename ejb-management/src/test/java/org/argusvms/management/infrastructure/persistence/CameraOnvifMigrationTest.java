package org.argusvms.management.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** V7: cameras may be known by their ONVIF address alone; existing cameras keep their stream URL. */
class CameraOnvifMigrationTest {

    private static final String RECORDER = "INSERT INTO recording_server (id, name, control_host, control_port,"
            + " media_url, online, registered_at, version)"
            + " VALUES ('rec-1', 'R1', '127.0.0.1', 9001, 'http://127.0.0.1:7563', TRUE, CURRENT_TIMESTAMP, 1)";

    @Test
    void anExistingCameraKeepsItsStreamUrlAndANewOneNeedsOnlyAnOnvifAddress() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator migrator = new SchemaMigrator(dataSource, "management", getClass().getClassLoader());
        migrator.migrate(ManagementSchema.MIGRATIONS.subList(0, 6));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(RECORDER);
            s.execute("INSERT INTO camera (id, name, stream_url, recording_mode, enabled, recording_server_id,"
                    + " created_at, version) VALUES ('cam-1', 'Gate', 'rtsp://10.0.0.5/s', 'ALWAYS', TRUE, 'rec-1',"
                    + " CURRENT_TIMESTAMP, 1)");
        }

        migrator.migrate(ManagementSchema.MIGRATIONS);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO camera (id, name, onvif_address, recording_mode, enabled, recording_server_id,"
                    + " created_at, version) VALUES ('cam-2', 'Door', 'http://10.0.0.6/onvif/device_service',"
                    + " 'ALWAYS', TRUE, 'rec-1', CURRENT_TIMESTAMP, 1)");
            try (ResultSet rows = s.executeQuery("SELECT stream_url, onvif_address FROM camera ORDER BY id")) {
                rows.next();
                assertEquals(Arrays.asList("rtsp://10.0.0.5/s", null), Arrays.asList(rows.getString(1),
                        rows.getString(2)));
                rows.next();
                assertEquals(Arrays.asList(null, "http://10.0.0.6/onvif/device_service"),
                        Arrays.asList(rows.getString(1), rows.getString(2)));
            }
        }
    }

    @Test
    void makingAColumnNullableIsWrittenAsEachDatabaseAcceptsIt() {
        String sql = "ALTER TABLE camera ALTER COLUMN stream_url ${dropNotNull:VARCHAR(1000)}";

        assertEquals("ALTER TABLE camera ALTER COLUMN stream_url DROP NOT NULL",
                SchemaMigrator.Dialect.POSTGRESQL.render(sql));
        assertEquals("ALTER TABLE camera ALTER COLUMN stream_url DROP NOT NULL", SchemaMigrator.Dialect.H2.render(sql));
        assertEquals("ALTER TABLE camera ALTER COLUMN stream_url VARCHAR(1000) NULL",
                SchemaMigrator.Dialect.SQLSERVER.render(sql));
    }
}
