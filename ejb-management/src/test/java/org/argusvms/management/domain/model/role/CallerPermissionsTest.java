package org.argusvms.management.domain.model.role;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import static org.argusvms.management.domain.model.role.CameraRight.EXPORT;
import static org.argusvms.management.domain.model.role.CameraRight.LIVE;
import static org.argusvms.management.domain.model.role.CameraRight.PLAYBACK;
import static org.argusvms.management.domain.model.role.CameraRight.PTZ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerPermissionsTest {

    private static final Map<String, Set<String>> GROUPS = Map.of("lobby", Set.of("cam-1", "cam-2"));

    private static VmsRole role(String name, Set<String> claims, List<RoleGrant> grants, Set<AdminArea> areas) {
        return role(name, claims, grants, areas, VmsRole.DEFAULT_PTZ_PRIORITY);
    }

    private static VmsRole role(String name, Set<String> claims, List<RoleGrant> grants, Set<AdminArea> areas,
                                int ptzPriority) {
        VmsRole role = new VmsRole(name, name);
        role.define(name, null, claims, grants, areas, ptzPriority);
        return role;
    }

    private static VmsRole ptzRole(String name, int ptzPriority, RoleGrant grant) {
        return role(name, Set.of(name), List.of(grant), Set.of(), ptzPriority);
    }

    private static CallerPermissions permissionsOf(VmsRole... roles) {
        return CallerPermissions.of(List.of(roles), group -> GROUPS.getOrDefault(group, Set.of()));
    }

    @Test
    void aGrantOnAllCamerasAppliesToEveryCameraIncludingUnknownOnes() {
        CallerPermissions operator = permissionsOf(role("Operators", Set.of("operator"),
                List.of(RoleGrant.onAllCameras(EnumSet.of(LIVE, PLAYBACK))), Set.of()));

        assertEquals(EnumSet.of(LIVE, PLAYBACK), operator.rightsOn("cam-9"));
        assertTrue(operator.sees("cam-1"));
        assertFalse(operator.has("cam-1", PTZ));
        assertFalse(operator.administers(AdminArea.CONFIGURATION));
    }

    @Test
    void aGroupGrantCoversExactlyTheGroupsCameras() {
        CallerPermissions guard = permissionsOf(role("Guards", Set.of("guard"),
                List.of(new RoleGrant(GrantScope.DEVICE_GROUP, "lobby", EnumSet.of(LIVE))), Set.of()));

        assertTrue(guard.has("cam-2", LIVE));
        assertFalse(guard.has("cam-2", PLAYBACK));
        assertFalse(guard.sees("cam-3"), "a camera outside the group is invisible");
        assertEquals(Set.of(), guard.rightsOn("cam-3"));
    }

    @Test
    void aGrantOnAGroupThatNoLongerExistsGrantsNothing() {
        CallerPermissions guard = permissionsOf(role("Guards", Set.of("guard"),
                List.of(new RoleGrant(GrantScope.DEVICE_GROUP, "deleted-group", EnumSet.of(LIVE))), Set.of()));

        assertFalse(guard.sees("cam-1"));
    }

    @Test
    void rightsOfSeveralRolesAndGrantsAddUp() {
        CallerPermissions both = permissionsOf(
                role("Guards", Set.of("guard"), List.of(new RoleGrant(GrantScope.DEVICE_GROUP, "lobby", EnumSet.of(LIVE))), Set.of()),
                role("PTZ on cam-1", Set.of("ptz"), List.of(new RoleGrant(GrantScope.CAMERA, "cam-1", EnumSet.of(PTZ, EXPORT))),
                        EnumSet.of(AdminArea.SYSTEM_MONITOR)));

        assertEquals(EnumSet.of(LIVE, PTZ, EXPORT), both.rightsOn("cam-1"));
        assertEquals(EnumSet.of(LIVE), both.rightsOn("cam-2"));
        assertTrue(both.administers(AdminArea.SYSTEM_MONITOR));
        assertFalse(both.administers(AdminArea.SECURITY));
    }

    @Test
    void thePtzPriorityOnACameraIsTheHighestOfTheRolesGrantingPtzThere() {
        CallerPermissions supervisor = permissionsOf(
                ptzRole("Everywhere", 1000, RoleGrant.onAllCameras(EnumSet.of(LIVE, PTZ))),
                ptzRole("Lobby", 5000, new RoleGrant(GrantScope.DEVICE_GROUP, "lobby", EnumSet.of(PTZ))),
                ptzRole("Cam-2", 7000, new RoleGrant(GrantScope.CAMERA, "cam-2", EnumSet.of(PTZ))),
                ptzRole("Watchers", 32_000, RoleGrant.onAllCameras(EnumSet.of(LIVE))));

        assertEquals(OptionalInt.of(5000), supervisor.ptzPriorityOn("cam-1"));
        assertEquals(OptionalInt.of(7000), supervisor.ptzPriorityOn("cam-2"));
        assertEquals(OptionalInt.of(1000), supervisor.ptzPriorityOn("cam-9"), "only the grant on all cameras");
    }

    @Test
    void withoutThePtzRightThereIsNoPtzPriority() {
        CallerPermissions watcher = permissionsOf(
                ptzRole("Watchers", 32_000, RoleGrant.onAllCameras(EnumSet.of(LIVE))),
                ptzRole("Cam-1", 2000, new RoleGrant(GrantScope.CAMERA, "cam-1", EnumSet.of(PTZ))));

        assertEquals(OptionalInt.empty(), watcher.ptzPriorityOn("cam-2"));
        assertEquals(OptionalInt.of(2000), watcher.ptzPriorityOn("cam-1"), "a role without PTZ lends no priority");
    }

    @Test
    void aRoleRefusesAPtzPriorityOutsideItsScale() {
        VmsRole role = new VmsRole("r", "R");

        assertThrows(IllegalArgumentException.class, () -> role.define("R", null, Set.of(), List.of(), Set.of(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> role.define("R", null, Set.of(), List.of(), Set.of(), VmsRole.MAX_PTZ_PRIORITY + 1));
        assertEquals(VmsRole.DEFAULT_PTZ_PRIORITY, role.ptzPriority());
    }

    @Test
    void aCameraWithOnlyNonViewingRightsIsNotVisible() {
        CallerPermissions exporter = permissionsOf(role("Exporters", Set.of("x"),
                List.of(new RoleGrant(GrantScope.CAMERA, "cam-1", EnumSet.of(EXPORT))), Set.of()));

        assertTrue(exporter.has("cam-1", EXPORT));
        assertFalse(exporter.sees("cam-1"), "visibility needs LIVE or PLAYBACK");
    }

    @Test
    void noRolesMeansNoRights() {
        CallerPermissions nobody = permissionsOf();

        assertFalse(nobody.sees("cam-1"));
        assertEquals(Set.of(), nobody.adminAreas());
    }

    @Test
    void aRoleIsHeldWhenTheCallerHasAnyOfItsClaims() {
        VmsRole guards = role("Guards", Set.of("guard", "night-guard"), List.of(), Set.of());

        assertTrue(guards.isHeldBy(Set.of("night-guard", "offline_access")::contains));
        assertFalse(guards.isHeldBy(Set.of("operator")::contains));
    }

    @Test
    void forgettingADeletedTargetRemovesOnlyItsGrants() {
        VmsRole role = role("Mixed", Set.of("m"), List.of(RoleGrant.onAllCameras(EnumSet.of(PLAYBACK)),
                new RoleGrant(GrantScope.CAMERA, "cam-1", EnumSet.of(LIVE))), Set.of());

        assertTrue(role.forgetTarget("cam-1"));
        assertEquals(1, role.grants().size());
        assertEquals(GrantScope.ALL, role.grants().get(0).scope());
    }
}
