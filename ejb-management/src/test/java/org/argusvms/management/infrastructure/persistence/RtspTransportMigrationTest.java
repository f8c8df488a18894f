package org.argusvms.management.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V15: existing cameras keep receiving RTP over TCP, as before the setting existed. */
class RtspTransportMigrationTest {

    @Test
    void existingCamerasUseTcp() throws Exception {
        JdbcDataSource dataSource = CameraBeforeHardwareDatabase.migrated();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT rtsp_transport FROM camera WHERE id = 'cam-1'")) {
            assertTrue(rows.next());
            assertEquals("TCP", rows.getString(1));
        }
    }
}
