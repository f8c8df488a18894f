package org.argusvms.management.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import java.util.List;

import javax.sql.DataSource;

/** Brings the management schema up to date when the application starts, before any request is served. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ManagementSchema {

    static final List<SchemaMigrator.Migration> MIGRATIONS = List.of(
            new SchemaMigrator.Migration(1, "recording servers and cameras",
                    "db/migration/management/V1__recording_servers_and_cameras.sql"),
            new SchemaMigrator.Migration(2, "roles, device groups and audit",
                    "db/migration/management/V2__roles_device_groups_audit.sql"),
            new SchemaMigrator.Migration(3, "evidence locks",
                    "db/migration/management/V3__evidence_locks.sql"),
            new SchemaMigrator.Migration(4, "time profiles",
                    "db/migration/management/V4__time_profiles.sql"),
            new SchemaMigrator.Migration(5, "views",
                    "db/migration/management/V5__views.sql"),
            new SchemaMigrator.Migration(6, "camera triggered recording",
                    "db/migration/management/V6__camera_triggered_recording.sql"),
            new SchemaMigrator.Migration(7, "camera onvif address",
                    "db/migration/management/V7__camera_onvif_address.sql"),
            new SchemaMigrator.Migration(8, "role ptz priority",
                    "db/migration/management/V8__role_ptz_priority.sql"),
            new SchemaMigrator.Migration(9, "bookmarks",
                    "db/migration/management/V9__bookmarks.sql"),
            new SchemaMigrator.Migration(10, "floor plans",
                    "db/migration/management/V10__floor_plans.sql"),
            new SchemaMigrator.Migration(11, "recorder placements",
                    "db/migration/management/V11__recorder_placements.sql"),
            new SchemaMigrator.Migration(12, "camera motion detection",
                    "db/migration/management/V12__camera_motion_detection.sql"),
            new SchemaMigrator.Migration(13, "storages",
                    "db/migration/management/V13__storages.sql"),
            new SchemaMigrator.Migration(14, "hardware, devices and site",
                    "db/migration/management/V14__hardware_devices_site.sql"),
            new SchemaMigrator.Migration(15, "camera rtsp transport",
                    "db/migration/management/V15__camera_rtsp_transport.sql"),
            new SchemaMigrator.Migration(16, "ptz sessions",
                    "db/migration/management/V16__ptz_sessions.sql"),
            new SchemaMigrator.Migration(17, "camera live stream",
                    "db/migration/management/V17__camera_live_stream.sql"));

    @Resource(lookup = "java:jboss/datasources/ArgusDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try {
            new SchemaMigrator(dataSource, "management", ManagementSchema.class.getClassLoader()).migrate(MIGRATIONS);
        } catch (Exception e) {
            throw new IllegalStateException("management schema migration failed", e);
        }
    }
}
