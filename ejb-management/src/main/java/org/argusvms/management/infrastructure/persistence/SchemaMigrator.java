package org.argusvms.management.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Applies versioned SQL migrations of one schema ("module") in order, once each, recording them in
 * {@code argus_schema_history}. Scripts are written once for every supported database with placeholders for the
 * few types that differ ({@code ${boolean}}, {@code ${timestamp}}, {@code ${text}}, {@code ${blob}}) and for making a column
 * nullable ({@code ALTER TABLE t ALTER COLUMN c ${dropNotNull:VARCHAR(1000)}}: SQL Server restates the type, the others
 * do not accept it); see docs/design/persistence.md for why this is not Flyway.
 *
 * <p>An applied script whose checksum changed is an error: history is never rewritten silently.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    /** One migration: its version (strictly increasing), a description and the classpath resource holding it. */
    public record Migration(int version, String description, String resource) {
    }

    private final DataSource dataSource;
    private final String module;
    private final ClassLoader resources;

    public SchemaMigrator(DataSource dataSource, String module, ClassLoader resources) {
        this.dataSource = dataSource;
        this.module = module;
        this.resources = resources;
    }

    /** Applies what is missing; returns how many scripts ran. */
    public int migrate(List<Migration> migrations) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(connection.getMetaData());
            connection.setAutoCommit(false);
            ensureHistoryTable(connection, dialect);
            int applied = 0;
            for (Migration migration : migrations) {
                String sql = dialect.render(load(migration.resource()));
                String checksum = sha256(sql);
                String stored = storedChecksum(connection, migration.version());
                if (stored == null) {
                    apply(connection, migration, sql, checksum);
                    applied++;
                } else if (!stored.equals(checksum)) {
                    throw new IllegalStateException("migration " + module + " V" + migration.version()
                            + " was changed after it was applied (checksum mismatch); write a new migration instead");
                }
            }
            return applied;
        }
    }

    private void ensureHistoryTable(Connection connection, Dialect dialect) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {"argus_schema_history", "ARGUS_SCHEMA_HISTORY"}) {
            try (ResultSet tables = meta.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.render("CREATE TABLE argus_schema_history ("
                    + " module VARCHAR(50) NOT NULL, version INTEGER NOT NULL, description VARCHAR(200) NOT NULL,"
                    + " checksum VARCHAR(64) NOT NULL, installed_at ${timestamp} NOT NULL,"
                    + " PRIMARY KEY (module, version))"));
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            // Another module's migrator may have created it concurrently; only a still-missing table is fatal.
            try (ResultSet tables = meta.getTables(null, null, "argus_schema_history", null)) {
                if (!tables.next()) {
                    try (ResultSet upper = meta.getTables(null, null, "ARGUS_SCHEMA_HISTORY", null)) {
                        if (!upper.next()) {
                            throw e;
                        }
                    }
                }
            }
        }
    }

    private String storedChecksum(Connection connection, int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT checksum FROM argus_schema_history WHERE module = ? AND version = ?")) {
            query.setString(1, module);
            query.setInt(2, version);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private void apply(Connection connection, Migration migration, String sql, String checksum) throws SQLException {
        LOG.info(() -> "Applying schema migration " + module + " V" + migration.version() + " " + migration.description());
        try {
            applyStatements(connection, migration, sql, checksum);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Runs the script and records it in one transaction where the database allows transactional DDL. */
    private void applyStatements(Connection connection, Migration migration, String sql, String checksum) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String part : sql.split(";\\s*(\\r?\\n|$)")) {
                if (!part.isBlank()) {
                    statement.execute(part.trim());
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO argus_schema_history (module, version, description, checksum, installed_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, module);
            insert.setInt(2, migration.version());
            insert.setString(3, migration.description());
            insert.setString(4, checksum);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private String load(String resource) throws IOException {
        try (InputStream in = resources.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("migration resource not found: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The type names that differ between the databases Argus supports. */
    enum Dialect {
        H2(Map.of("boolean", "BOOLEAN", "timestamp", "TIMESTAMP", "text", "CLOB", "blob", "BLOB")),
        POSTGRESQL(Map.of("boolean", "BOOLEAN", "timestamp", "TIMESTAMP", "text", "TEXT", "blob", "BYTEA")),
        SQLSERVER(Map.of("boolean", "BIT", "timestamp", "DATETIME2", "text", "NVARCHAR(MAX)", "blob", "VARBINARY(MAX)"));

        private final Map<String, String> types;

        Dialect(Map<String, String> types) {
            this.types = types;
        }

        static Dialect of(DatabaseMetaData meta) throws SQLException {
            String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            if (product.contains("microsoft") || product.contains("sql server")) {
                return SQLSERVER;
            }
            throw new IllegalStateException("unsupported database " + meta.getDatabaseProductName());
        }

        /** {@code ${dropNotNull:TYPE}}: the tail of an ALTER COLUMN that makes the column of that type nullable. */
        private static final Pattern DROP_NOT_NULL = Pattern.compile("\\$\\{dropNotNull:([^}]+)}");

        String render(String sql) {
            String rendered = sql;
            for (Map.Entry<String, String> type : types.entrySet()) {
                rendered = rendered.replace("${" + type.getKey() + "}", type.getValue());
            }
            return DROP_NOT_NULL.matcher(rendered).replaceAll(column -> this == SQLSERVER
                    ? Matcher.quoteReplacement(column.group(1) + " NULL") : "DROP NOT NULL");
        }
    }
}
