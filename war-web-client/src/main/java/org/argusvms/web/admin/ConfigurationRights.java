package org.argusvms.web.admin;

import jakarta.ejb.EJBException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.role.AdminArea;

/**
 * Whether the signed-in user administers the configuration (recorders, cameras): the CONFIGURATION area of their VMS
 * roles, the same right the camera EJBs demand for every change. Container roles are not enough: a role set up in
 * Argus, not the Keycloak role name, decides.
 */
public final class ConfigurationRights {

    private static final System.Logger LOG = System.getLogger(ConfigurationRights.class.getName());

    private ConfigurationRights() {
    }

    /** False as well when the rights cannot be read (database down): the safe answer for a guard. */
    public static boolean mayConfigure(PermissionService permissions) {
        try {
            return permissions.adminAreas().contains(AdminArea.CONFIGURATION);
        } catch (EJBException e) {
            LOG.log(System.Logger.Level.WARNING, "The caller's administration rights could not be read", e);
            return false;
        }
    }
}
