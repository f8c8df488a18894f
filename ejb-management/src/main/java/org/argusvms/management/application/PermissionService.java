package org.argusvms.management.application;

import jakarta.ejb.Local;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.CameraRight;

import java.util.OptionalInt;
import java.util.Set;

/**
 * What the calling user may do, from the VMS roles their token's claims grant them. Resolved once per transaction.
 * A camera the caller may not see (neither LIVE nor PLAYBACK) must be reported as not existing, never as forbidden.
 */
@Local
public interface PermissionService {

    Set<CameraRight> rightsOn(String cameraId);

    /** @throws AccessDeniedException (an EJBAccessException) if the caller lacks the right; the refusal is audited */
    void require(String cameraId, CameraRight right);

    /**
     * The highest PTZ priority among the caller's roles that grant PTZ on the camera (docs/design/ptz-priority.md);
     * empty without the PTZ right there.
     */
    OptionalInt ptzPriorityOn(String cameraId);

    /** True if a grant on all cameras gives the caller the right: what concerns no single camera asks for this. */
    boolean hasOnAllCameras(CameraRight right);

    /** Ids of the existing cameras on which the caller has the right. */
    Set<String> cameraIdsWith(CameraRight right);

    /** Ids of the existing cameras the caller may see. */
    Set<String> visibleCameraIds();

    /** True for a camera the caller may see; false for an invisible or unknown one. */
    boolean canSee(String cameraId);

    /** @throws AccessDeniedException (an EJBAccessException) if the caller does not administer the area; audited */
    void requireAdmin(AdminArea area);

    /** The administration areas the caller's roles grant (none for a plain operator). */
    Set<AdminArea> adminAreas();
}
