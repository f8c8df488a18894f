package org.argusvms.systemtest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The test database briefly unavailable to WildFly while the PostgreSQL server keeps running: {@code ALTER DATABASE
 * … ALLOW_CONNECTIONS false} refuses every new session, then {@code pg_terminate_backend} ends the open ones (the
 * connection pool's, mid-transaction or idle), as a database restart or failover does. {@link #end()} allows
 * connections again. Both are rights of the database's owner, so the test needs no superuser, and the statements run
 * on the {@code postgres} database, which stays reachable throughout.
 *
 * <p>{@link #close()} ends an outage still in progress, so a failing test does not leave the database closed for the
 * tests after it ({@code bin/lib/postgres.sh reset} would reopen it too: it recreates the database).
 */
public final class DatabaseOutage implements AutoCloseable {

    private static final String DATABASE = "argus";

    private final Connection server;
    private final Instant began;
    private Instant ended;

    private DatabaseOutage(Connection server, Instant began) {
        this.server = server;
        this.began = began;
    }

    /**
     * Refuses new sessions on the database and ends every open one except those of {@code spared} (connections of
     * the test itself that must stay, e.g. one holding a lock that it releases later).
     */
    public static DatabaseOutage begin(Connection... spared) throws SQLException {
        List<Integer> sparedPids = new ArrayList<>();
        for (Connection connection : spared) {
            sparedPids.add(backendPid(connection));
        }
        Connection server = DriverManager.getConnection(serverUrl(),
                System.getenv().getOrDefault("ARGUS_DB_USER", "argus"),
                System.getenv().getOrDefault("ARGUS_DB_PASSWORD", "argus"));
        try (Statement statement = server.createStatement()) {
            statement.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
        }
        Instant began = Instant.now();
        try (PreparedStatement terminate = server.prepareStatement("SELECT count(pg_terminate_backend(pid))"
                + " FROM pg_stat_activity WHERE datname = ? AND NOT (pid = ANY (?))")) {
            terminate.setString(1, DATABASE);
            terminate.setArray(2, server.createArrayOf("integer", sparedPids.toArray()));
            terminate.executeQuery().close();
        }
        return new DatabaseOutage(server, began);
    }

    /** Allows connections again; WildFly's pool opens new ones when it next needs one. */
    public void end() throws SQLException {
        if (ended == null) {
            try (Statement statement = server.createStatement()) {
                statement.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
            }
            ended = Instant.now();
        }
    }

    public Instant began() {
        return began;
    }

    /** When connections were allowed again; null while the outage lasts. */
    public Instant ended() {
        return ended;
    }

    @Override
    public void close() throws SQLException {
        try {
            end();
        } finally {
            server.close();
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** The test database's URL with the {@code postgres} database instead of the test database. */
    private static String serverUrl() {
        String url = System.getenv().getOrDefault("ARGUS_DB_URL", "jdbc:postgresql://localhost:5432/" + DATABASE);
        return url.replaceFirst("/" + DATABASE + "(\\?|$)", "/postgres$1");
    }
}
