package org.argusvms.systemtest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The event tables read directly, as the test database's user: what was really stored, not what the API shows. */
public final class StoredEvents {

    private StoredEvents() {
    }

    public static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getenv().getOrDefault("ARGUS_DB_URL", "jdbc:postgresql://localhost:5432/argus"),
                System.getenv().getOrDefault("ARGUS_DB_USER", "argus"),
                System.getenv().getOrDefault("ARGUS_DB_PASSWORD", "argus"));
    }

    /**
     * Rows whose key (first column of {@code query}) is {@code prefix + index}: each index 0..count-1 exactly once,
     * and stored (second column) no earlier than the index before it, the order in which they were sent.
     *
     * @param pattern the LIKE pattern that {@code query}'s only parameter is bound to
     */
    public static void assertInOrderExactlyOnce(String query, String pattern, String prefix, int count)
            throws SQLException {
        List<Timestamp> storedAt = new ArrayList<>(Collections.nCopies(count, (Timestamp) null));
        int rows = 0;
        try (Connection db = database(); PreparedStatement select = db.prepareStatement(query)) {
            select.setString(1, pattern);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    int index = Integer.parseInt(result.getString(1).substring(prefix.length()));
                    assertNull(storedAt.get(index), prefix + index + " stored twice");
                    storedAt.set(index, result.getTimestamp(2));
                    rows++;
                }
            }
        }
        assertEquals(count, rows, "every " + prefix + "… stored exactly once");
        for (int i = 1; i < count; i++) {
            assertFalse(storedAt.get(i).before(storedAt.get(i - 1)), prefix + i + " stored before " + prefix + (i - 1));
        }
    }

    /** Runs each {@code DELETE … WHERE … LIKE ?} with {@code prefix + "%"}. */
    public static void deleteLike(String prefix, List<String> deletes) throws SQLException {
        try (Connection db = database()) {
            for (String delete : deletes) {
                try (PreparedStatement statement = db.prepareStatement(delete)) {
                    statement.setString(1, prefix + "%");
                    statement.executeUpdate();
                }
            }
        }
    }
}
