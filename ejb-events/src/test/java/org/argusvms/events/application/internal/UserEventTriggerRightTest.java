package org.argusvms.events.application.internal;

import org.argusvms.events.domain.model.userevent.UserEventDefinition;
import org.argusvms.management.application.AccessDeniedException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.role.CameraRight;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserEventTriggerRightTest {

    private static final UserEventDefinition SITE_WIDE = definition();
    private static final UserEventDefinition GATES = definition("gate-1", "gate-2");

    @Test
    void aDefinitionWithoutCamerasIsForOperatorsAndAdministrators() {
        PermissionService noRights = cameraRights(Map.of());

        assertTrue(new UserEventTriggerRight(noRights, "operator"::equals).mayTrigger(SITE_WIDE));
        assertTrue(new UserEventTriggerRight(noRights, "administrator"::equals).mayTrigger(SITE_WIDE));
        UserEventTriggerRight guard = new UserEventTriggerRight(noRights, "guard"::equals);
        assertFalse(guard.mayTrigger(SITE_WIDE));
        assertThrows(AccessDeniedException.class, () -> guard.require(SITE_WIDE));
    }

    @Test
    void relatedCamerasTakeTheOutputRightOnEveryOneOfThem() {
        PermissionService outputOnBoth = cameraRights(Map.of("gate-1", Set.of(CameraRight.OUTPUT),
                "gate-2", Set.of(CameraRight.LIVE, CameraRight.OUTPUT)));
        PermissionService liveOnSecond = cameraRights(Map.of("gate-1", Set.of(CameraRight.OUTPUT),
                "gate-2", Set.of(CameraRight.LIVE)));

        UserEventTriggerRight allowed = new UserEventTriggerRight(outputOnBoth, role -> false);
        assertTrue(allowed.mayTrigger(GATES), "the role does not matter, the cameras do");
        assertDoesNotThrow(() -> allowed.require(GATES));
        UserEventTriggerRight refused = new UserEventTriggerRight(liveOnSecond, "operator"::equals);
        assertFalse(refused.mayTrigger(GATES));
        assertThrows(AccessDeniedException.class, () -> refused.require(GATES));
    }

    private static UserEventDefinition definition(String... cameras) {
        return new UserEventDefinition("d-1", new UserEventDefinition.Settings("Evacuation", null, List.of(cameras)));
    }

    /**
     * A permission service with these rights per camera; {@code require} refuses as the real one does. A proxy, so
     * that methods the trigger right does not use need no stubs.
     */
    private static PermissionService cameraRights(Map<String, Set<CameraRight>> rights) {
        return (PermissionService) Proxy.newProxyInstance(PermissionService.class.getClassLoader(),
                new Class<?>[] {PermissionService.class}, (proxy, method, arguments) -> {
                    Set<CameraRight> held = arguments == null ? Set.of()
                            : rights.getOrDefault((String) arguments[0], Set.of());
                    switch (method.getName()) {
                        case "rightsOn":
                            return held;
                        case "require":
                            if (!held.contains((CameraRight) arguments[1])) {
                                throw new AccessDeniedException(arguments[1] + " on " + arguments[0]);
                            }
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
