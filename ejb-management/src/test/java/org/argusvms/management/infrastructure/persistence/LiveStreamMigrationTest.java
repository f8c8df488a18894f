package org.argusvms.management.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V17: existing cameras keep one stream for recording and live, as before the setting existed. */
class LiveStreamMigrationTest {

    @Test
    void existingCamerasHaveOneStream() throws Exception {
        JdbcDataSource dataSource = CameraBeforeHardwareDatabase.migrated();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT live_stream, live_stream_url FROM camera WHERE id = 'cam-1'")) {
            assertTrue(rows.next());
            assertEquals("PRIMARY", rows.getString(1));
            assertNull(rows.getString(2));
        }
    }
}
