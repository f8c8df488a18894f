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

/** V8: every existing role gets the default PTZ priority, so nobody outranks anybody after the upgrade. */
class RolePtzPriorityMigrationTest {

    @Test
    void existingRolesGetTheDefaultPriority() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator migrator = new SchemaMigrator(dataSource, "management", getClass().getClassLoader());
        migrator.migrate(ManagementSchema.MIGRATIONS.subList(0, 7));

        migrator.migrate(ManagementSchema.MIGRATIONS);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT name, ptz_priority FROM vms_role ORDER BY name")) {
            List<String> priorities = new ArrayList<>();
            while (rows.next()) {
                priorities.add(rows.getString(1) + " " + rows.getInt(2));
            }
            assertEquals(List.of("Administrators 3000", "Operators 3000"), priorities);
        }
    }
}
