package org.argusvms.management.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V13: existing cameras record to their recorder's default storage; a camera can only name a storage that exists. */
class StorageMigrationTest {

    @Test
    void existingCamerasNameNoStorageAndUnknownStoragesAreRefused() throws Exception {
        JdbcDataSource dataSource = CameraBeforeHardwareDatabase.migrated();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT storage_id FROM camera WHERE id = 'cam-1'")) {
                assertTrue(rows.next());
                assertNull(rows.getString(1));
            }
            s.execute("INSERT INTO recording_storage (id, recording_server_id, name, path, default_storage,"
                    + " created_at, version) VALUES ('s-1', 'rec-1', 'Default', '/var/lib/argus', TRUE,"
                    + " CURRENT_TIMESTAMP, 0)");
            s.execute("UPDATE camera SET storage_id = 's-1' WHERE id = 'cam-1'");
            assertThrows(SQLException.class, () -> s.execute("UPDATE camera SET storage_id = 'gone' WHERE id = 'cam-1'"));
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO recording_storage (id, recording_server_id,"
                    + " name, path, default_storage, created_at, version) VALUES ('s-2', 'rec-1', 'Other',"
                    + " '/var/lib/argus', FALSE, CURRENT_TIMESTAMP, 0)"), "two storages of a recorder on one path");
        }
    }
}
