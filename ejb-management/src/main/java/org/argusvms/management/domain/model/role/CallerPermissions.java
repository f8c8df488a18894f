package org.argusvms.management.domain.model.role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * What one caller may do: the union of the grants and admin areas of every role they hold. Rights on a camera come
 * from grants on all cameras, on a device group that contains it, or on the camera itself. The caller's PTZ priority
 * on a camera is the highest {@link VmsRole#ptzPriority()} among the roles whose grants give PTZ on it.
 */
public final class CallerPermissions {

    /** A camera is visible (listed, found, its events shown) with either of these rights. */
    public static final Set<CameraRight> VISIBILITY_RIGHTS = EnumSet.of(CameraRight.LIVE, CameraRight.PLAYBACK);

    private final Set<CameraRight> onAllCameras = EnumSet.noneOf(CameraRight.class);
    private final Map<String, Set<CameraRight>> byCamera = new HashMap<>();
    private final Set<AdminArea> adminAreas = EnumSet.noneOf(AdminArea.class);
    /** 0 while no role grants PTZ on all cameras; priorities start at {@link VmsRole#MIN_PTZ_PRIORITY}. */
    private int ptzPriorityOnAllCameras;
    private final Map<String, Integer> ptzPriorityByCamera = new HashMap<>();

    private CallerPermissions() {
    }

    /**
     * @param heldRoles      the roles the caller holds
     * @param camerasOfGroup the camera ids of a device group (empty for a group that no longer exists)
     */
    public static CallerPermissions of(Collection<VmsRole> heldRoles, Function<String, Set<String>> camerasOfGroup) {
        CallerPermissions permissions = new CallerPermissions();
        for (VmsRole role : heldRoles) {
            permissions.adminAreas.addAll(role.adminAreas());
            for (RoleGrant grant : role.grants()) {
                Set<CameraRight> rights = grant.rights();
                int ptzPriority = rights.contains(CameraRight.PTZ) ? role.ptzPriority() : 0;
                switch (grant.scope()) {
                    case ALL -> {
                        permissions.onAllCameras.addAll(rights);
                        permissions.ptzPriorityOnAllCameras = Math.max(permissions.ptzPriorityOnAllCameras, ptzPriority);
                    }
                    case DEVICE_GROUP -> camerasOfGroup.apply(grant.targetId())
                            .forEach(cameraId -> permissions.add(cameraId, rights, ptzPriority));
                    case CAMERA -> permissions.add(grant.targetId(), rights, ptzPriority);
                }
            }
        }
        return permissions;
    }

    private void add(String cameraId, Set<CameraRight> rights, int ptzPriority) {
        byCamera.computeIfAbsent(cameraId, id -> EnumSet.noneOf(CameraRight.class)).addAll(rights);
        if (ptzPriority > 0) {
            ptzPriorityByCamera.merge(cameraId, ptzPriority, Math::max);
        }
    }

    public Set<CameraRight> rightsOn(String cameraId) {
        Set<CameraRight> rights = EnumSet.copyOf(onAllCameras);
        rights.addAll(byCamera.getOrDefault(cameraId, Set.of()));
        return rights;
    }

    public boolean has(String cameraId, CameraRight right) {
        return onAllCameras.contains(right) || byCamera.getOrDefault(cameraId, Set.of()).contains(right);
    }

    /** The caller's PTZ priority on the camera; empty without the PTZ right on it. */
    public OptionalInt ptzPriorityOn(String cameraId) {
        int priority = Math.max(ptzPriorityOnAllCameras, ptzPriorityByCamera.getOrDefault(cameraId, 0));
        return priority > 0 ? OptionalInt.of(priority) : OptionalInt.empty();
    }

    public boolean hasOnAllCameras(CameraRight right) {
        return onAllCameras.contains(right);
    }

    public boolean sees(String cameraId) {
        return rightsOn(cameraId).stream().anyMatch(VISIBILITY_RIGHTS::contains);
    }

    public boolean administers(AdminArea area) {
        return adminAreas.contains(area);
    }

    public Set<AdminArea> adminAreas() {
        return adminAreas.isEmpty() ? EnumSet.noneOf(AdminArea.class) : EnumSet.copyOf(adminAreas);
    }
}
