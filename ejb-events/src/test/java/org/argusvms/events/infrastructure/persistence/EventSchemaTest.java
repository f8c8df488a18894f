package org.argusvms.events.infrastructure.persistence;

import org.argusvms.management.infrastructure.persistence.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventSchemaTest {

    @Test
    void theDatabaseRefusesASecondCopyOfTheSameRecorderDelivery() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        assertEquals(1, new SchemaMigrator(dataSource, "events", getClass().getClassLoader()).migrate(EventSchema.MIGRATIONS));

        String insert = "INSERT INTO device_event (id, recorder_id, seq, event_type, occurred_at, received_at)"
                + " VALUES ('%s', 'rec-1', 7, 'camera.connected', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(insert.formatted(UUID.randomUUID()));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted(UUID.randomUUID())));
        }
    }
}
