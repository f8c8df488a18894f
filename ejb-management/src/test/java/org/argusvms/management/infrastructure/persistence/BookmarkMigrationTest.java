package org.argusvms.management.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** V9: the bookmark table takes a bookmark and refuses a headline longer than the service allows. */
class BookmarkMigrationTest {

    @Test
    void bookmarkTableHoldsBookmarksWithinTheLimits() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new SchemaMigrator(dataSource, "management", getClass().getClassLoader()).migrate(ManagementSchema.MIGRATIONS);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String insert = "INSERT INTO bookmark (id, camera_id, at_time, from_time, to_time, headline, description,"
                    + " created_by, created_at, version) VALUES ('%s', 'cam', TIMESTAMP '2026-11-25 12:00:00',"
                    + " TIMESTAMP '2026-11-25 11:59:50', TIMESTAMP '2026-11-25 12:00:20', '%s', NULL, 'operator',"
                    + " TIMESTAMP '2026-11-25 12:01:00', 0)";
            s.executeUpdate(insert.formatted("b1", "x".repeat(100)));
            assertThrows(SQLException.class, () -> s.executeUpdate(insert.formatted("b2", "x".repeat(101))));
            try (var rows = s.executeQuery("SELECT COUNT(*) FROM bookmark")) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
        }
    }
}
