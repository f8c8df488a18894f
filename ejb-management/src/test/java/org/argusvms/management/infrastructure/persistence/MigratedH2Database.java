package org.argusvms.management.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;

import java.util.UUID;

import javax.sql.DataSource;

/** A fresh in-memory H2 database with the whole management schema, for tests outside this package too. */
public final class MigratedH2Database {

    private MigratedH2Database() {
    }

    public static DataSource create() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try {
            new SchemaMigrator(dataSource, "management", MigratedH2Database.class.getClassLoader())
                    .migrate(ManagementSchema.MIGRATIONS);
        } catch (Exception e) {
            throw new IllegalStateException("the management schema does not migrate on H2", e);
        }
        return dataSource;
    }
}
