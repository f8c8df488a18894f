package org.argusvms.management.application.internal;

import org.argusvms.management.application.AccessDeniedException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.bookmark.Bookmark;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.CameraRight;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookmarkRightsTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    /** gate: PLAYBACK; lobby: LIVE only; vault: nothing (invisible). */
    private final Map<String, Set<CameraRight>> operatorRights = Map.of(
            "gate", EnumSet.of(CameraRight.LIVE, CameraRight.PLAYBACK),
            "lobby", EnumSet.of(CameraRight.LIVE));

    @Test
    void bookmarksExistOnlyOnCamerasTheCallerMayPlayBack() {
        BookmarkRights rights = new BookmarkRights(new FakePermissions(operatorRights, Set.of()));

        assertTrue(rights.mayRead(bookmark("gate", "operator")));
        assertFalse(rights.mayRead(bookmark("lobby", "admin")), "live-only viewers do not see recorded bookmarks");
        assertFalse(rights.mayRead(bookmark("vault", "admin")));
        assertEquals(Set.of("gate"), rights.readableCameraIds());
    }

    @Test
    void creatingNeedsPlaybackAndAnInvisibleCameraDoesNotExist() {
        BookmarkRights rights = new BookmarkRights(new FakePermissions(operatorRights, Set.of()));

        assertDoesNotThrow(() -> rights.requireCreate("gate"));
        assertThrows(AccessDeniedException.class, () -> rights.requireCreate("lobby"));
        assertThrows(NotFoundException.class, () -> rights.requireCreate("vault"));
    }

    @Test
    void theCreatorChangesTheirOwnBookmarkButNotSomeoneElses() {
        BookmarkRights rights = new BookmarkRights(new FakePermissions(operatorRights, Set.of()));

        assertDoesNotThrow(() -> rights.requireChange(bookmark("gate", "operator"), "operator"));
        assertThrows(AccessDeniedException.class, () -> rights.requireChange(bookmark("gate", "admin"), "operator"));
    }

    @Test
    void configurationAdministratorsChangeEveryonesBookmarks() {
        BookmarkRights rights = new BookmarkRights(new FakePermissions(operatorRights, Set.of(AdminArea.CONFIGURATION)));

        assertDoesNotThrow(() -> rights.requireChange(bookmark("gate", "operator"), "admin"));
    }

    @Test
    void securityAdministrationAloneDoesNotChangeOthersBookmarks() {
        BookmarkRights rights = new BookmarkRights(new FakePermissions(operatorRights, Set.of(AdminArea.SECURITY)));

        assertThrows(AccessDeniedException.class, () -> rights.requireChange(bookmark("gate", "operator"), "auditor"));
    }

    private static Bookmark bookmark(String cameraId, String createdBy) {
        Bookmark bookmark = new Bookmark("b1", cameraId, createdBy, NOON);
        bookmark.mark(NOON, NOON.minusSeconds(10), NOON.plusSeconds(20), "Theft", null);
        return bookmark;
    }

    /** The caller's rights per camera and administration areas; a camera without rights is invisible. */
    private record FakePermissions(Map<String, Set<CameraRight>> rights, Set<AdminArea> areas)
            implements PermissionService {

        @Override
        public Set<CameraRight> rightsOn(String cameraId) {
            return rights.getOrDefault(cameraId, Set.of());
        }

        @Override
        public void require(String cameraId, CameraRight right) {
            if (!rightsOn(cameraId).contains(right)) {
                throw new AccessDeniedException("lacks " + right);
            }
        }

        @Override
        public OptionalInt ptzPriorityOn(String cameraId) {
            return OptionalInt.empty();
        }

        @Override
        public boolean hasOnAllCameras(CameraRight right) {
            return false;
        }

        @Override
        public Set<String> cameraIdsWith(CameraRight right) {
            return rights.keySet().stream().filter(id -> rights.get(id).contains(right)).collect(Collectors.toSet());
        }

        @Override
        public Set<String> visibleCameraIds() {
            return rights.keySet();
        }

        @Override
        public boolean canSee(String cameraId) {
            return rights.containsKey(cameraId);
        }

        @Override
        public void requireAdmin(AdminArea area) {
            if (!areas.contains(area)) {
                throw new AccessDeniedException("does not administer " + area);
            }
        }

        @Override
        public Set<AdminArea> adminAreas() {
            return areas;
        }
    }
}
