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
 * Brings the event server's own schema up to date at start, after the management server's: on a fresh H2 database
 * (the demo) the two migrating at once timed out on H2's catalogue lock and failed the deployment.
 */
@Singleton
@Startup
@DependsOn("ejb-management.jar#ManagementSchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class EventSchema {

    static final List<SchemaMigrator.Migration> MIGRATIONS = List.of(
            new SchemaMigrator.Migration(1, "device events", "db/migration/events/V1__device_events.sql"),
            new SchemaMigrator.Migration(2, "generic events", "db/migration/events/V2__generic_events.sql"),
            new SchemaMigrator.Migration(3, "analytics events and alarms",
                    "db/migration/events/V3__analytics_events_and_alarms.sql"),
            new SchemaMigrator.Migration(4, "rules", "db/migration/events/V4__rules.sql"),
            new SchemaMigrator.Migration(5, "user-defined events and generic message receipts",
                    "db/migration/events/V5__user_events_and_message_receipts.sql"),
            new SchemaMigrator.Migration(6, "analytics event receipts",
                    "db/migration/events/V6__analytics_event_receipts.sql"),
            new SchemaMigrator.Migration(7, "event outbox", "db/migration/events/V7__event_outbox.sql"),
            new SchemaMigrator.Migration(8, "alarm definition time profile",
                    "db/migration/events/V8__alarm_definition_time_profile.sql"));

    @Resource(lookup = "java:jboss/datasources/ArgusDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try {
            new SchemaMigrator(dataSource, "events", EventSchema.class.getClassLoader()).migrate(MIGRATIONS);
        } catch (Exception e) {
            throw new IllegalStateException("event schema migration failed", e);
        }
    }
}
