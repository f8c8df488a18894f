package org.argusvms.management.domain.model.role;

/**
 * Administration a role may perform, independent of cameras: CONFIGURATION (recorders, cameras, device groups),
 * SECURITY (roles, audit), SYSTEM_MONITOR (health and status).
 */
public enum AdminArea {
    CONFIGURATION, SECURITY, SYSTEM_MONITOR
}
