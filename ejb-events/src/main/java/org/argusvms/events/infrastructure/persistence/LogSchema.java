package org.argusvms.events.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.argusvms.management.infrastructure.persistence.SchemaMigrator;

import java.util.List;

import javax.sql.DataSource;

/**
 * Brings the log server's schema up to date at start. It is a migration set of its own ("log"), separate from the
 * event server's, so the log tables can move to another database later without untangling histories. It runs after
 * the event server's (see {@link EventSchema} for why schemas migrate one after the other).
 */
@Singleton
@Startup
@DependsOn("EventSchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class LogSchema {

    static final List<SchemaMigrator.Migration> MIGRATIONS = List.of(
            new SchemaMigrator.Migration(1, "log entries and settings", "db/migration/log/V1__log_entries.sql"));

    @Resource(lookup = "java:jboss/datasources/ArgusDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try {
            new SchemaMigrator(dataSource, "log", LogSchema.class.getClassLoader()).migrate(MIGRATIONS);
        } catch (Exception e) {
            throw new IllegalStateException("log schema migration failed", e);
        }
    }
}
