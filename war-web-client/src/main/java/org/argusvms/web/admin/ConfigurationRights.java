package org.argusvms.web.admin;

import jakarta.ejb.EJBException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.role.AdminArea;

import java.util.Set;

/**
 * Whether the signed-in user administers the configuration (recorders, cameras) or watches the system monitor: the
 * administration areas of their VMS roles (CONFIGURATION is the right the camera EJBs demand for every change).
 * Container roles are not enough: a role set up in Argus, not the Keycloak role name, decides.
 */
public final class ConfigurationRights {

    private static final System.Logger LOG = System.getLogger(ConfigurationRights.class.getName());

    private ConfigurationRights() {
    }

    /** False as well when the rights cannot be read (database down): the safe answer for a guard. */
    public static boolean mayConfigure(PermissionService permissions) {
        return administersAny(permissions, Set.of(AdminArea.CONFIGURATION));
    }

    /** Whether the user may watch the system monitor: SYSTEM_MONITOR, or CONFIGURATION (whose page shows it too). */
    public static boolean mayMonitor(PermissionService permissions) {
        return administersAny(permissions, Set.of(AdminArea.SYSTEM_MONITOR, AdminArea.CONFIGURATION));
    }

    private static boolean administersAny(PermissionService permissions, Set<AdminArea> areas) {
        try {
            return permissions.adminAreas().stream().anyMatch(areas::contains);
        } catch (EJBException e) {
            LOG.log(System.Logger.Level.WARNING, "The caller's administration rights could not be read", e);
            return false;
        }
    }
}
