package org.argusvms.management.application.internal;

import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.bookmark.Bookmark;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.CameraRight;

import java.util.Set;

/**
 * Who may do what with bookmarks. Bookmarks are about recorded video, so they belong to the PLAYBACK right: without
 * it a camera's bookmarks do not exist for the caller, even if they may watch it live. Changing or deleting someone
 * else's bookmark is administration of shared configuration (CONFIGURATION), as it is for shared views.
 */
final class BookmarkRights {

    private final PermissionService permissions;

    BookmarkRights(PermissionService permissions) {
        this.permissions = permissions;
    }

    /** The cameras whose bookmarks the caller may read. */
    Set<String> readableCameraIds() {
        return permissions.cameraIdsWith(CameraRight.PLAYBACK);
    }

    boolean mayRead(Bookmark bookmark) {
        return permissions.canSee(bookmark.cameraId())
                && permissions.rightsOn(bookmark.cameraId()).contains(CameraRight.PLAYBACK);
    }

    /**
     * @throws NotFoundException for a camera the caller may not see
     * @throws org.argusvms.management.application.AccessDeniedException without PLAYBACK on it (audited)
     */
    void requireCreate(String cameraId) {
        if (!permissions.canSee(cameraId)) {
            throw new NotFoundException("camera " + cameraId + " does not exist");
        }
        permissions.require(cameraId, CameraRight.PLAYBACK);
    }

    /**
     * For a bookmark the caller may read.
     *
     * @throws org.argusvms.management.application.AccessDeniedException if it is someone else's and the caller does
     *                                                                    not administer CONFIGURATION (audited)
     */
    void requireChange(Bookmark bookmark, String caller) {
        permissions.require(bookmark.cameraId(), CameraRight.PLAYBACK);
        if (!bookmark.isCreatedBy(caller)) {
            permissions.requireAdmin(AdminArea.CONFIGURATION);
        }
    }
}
