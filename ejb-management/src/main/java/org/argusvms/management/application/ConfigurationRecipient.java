package org.argusvms.management.application;

import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.CameraRight;

import java.util.Set;

/**
 * Who receives configuration change notifications, as resolved when their connection opened (rights changed later
 * apply when the client reconnects, as for the event stream).
 *
 * @param operatorOrAdministrator holds the operator or administrator realm role
 * @param seesAllCameras          LIVE or PLAYBACK on all cameras, so also on cameras created after the connection opened
 */
public record ConfigurationRecipient(String name, boolean operatorOrAdministrator, Set<AdminArea> adminAreas,
                                     Set<String> visibleCameraIds, boolean seesAllCameras) {

    public ConfigurationRecipient {
        adminAreas = Set.copyOf(adminAreas);
        visibleCameraIds = Set.copyOf(visibleCameraIds);
    }

    /** Resolves the rights of the calling user; call it while the caller's request (the socket upgrade) runs. */
    public static ConfigurationRecipient ofCaller(String name, boolean operatorOrAdministrator,
                                                  PermissionService permissions) {
        boolean seesAll = permissions.hasOnAllCameras(CameraRight.LIVE) || permissions.hasOnAllCameras(CameraRight.PLAYBACK);
        return new ConfigurationRecipient(name, operatorOrAdministrator, permissions.adminAreas(),
                permissions.visibleCameraIds(), seesAll);
    }

    /** What someone whose rights could not be resolved gets: only what every signed-in user gets. */
    public static ConfigurationRecipient withoutRights(String name) {
        return new ConfigurationRecipient(name, false, Set.of(), Set.of(), false);
    }
}
