package org.argusvms.events.application.internal;

import org.argusvms.events.domain.model.userevent.UserEventDefinition;
import org.argusvms.management.application.AccessDeniedException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.role.CameraRight;

import java.util.function.Predicate;

/**
 * Who may trigger a user-defined event. Triggering acts on the related cameras the way an output does (operators use
 * such events to start recordings, sirens or alarm workflows there), so it takes the OUTPUT right on every related
 * camera. A definition without cameras concerns the site as a whole: any operator or administrator may trigger it,
 * but not, for example, a guard role that only watches.
 */
final class UserEventTriggerRight {

    private final PermissionService permissions;
    private final Predicate<String> callerInRole;

    UserEventTriggerRight(PermissionService permissions, Predicate<String> callerInRole) {
        this.permissions = permissions;
        this.callerInRole = callerInRole;
    }

    boolean mayTrigger(UserEventDefinition definition) {
        if (definition.relatedCameraIds().isEmpty()) {
            return isOperator();
        }
        return definition.relatedCameraIds().stream()
                .allMatch(camera -> permissions.rightsOn(camera).contains(CameraRight.OUTPUT));
    }

    /** @throws AccessDeniedException if the caller may not; refusals on cameras are audited by the permission service */
    void require(UserEventDefinition definition) {
        if (definition.relatedCameraIds().isEmpty()) {
            if (!isOperator()) {
                throw new AccessDeniedException("triggering user-defined event \"" + definition.name()
                        + "\" requires the operator or administrator role");
            }
            return;
        }
        definition.relatedCameraIds().forEach(camera -> permissions.require(camera, CameraRight.OUTPUT));
    }

    private boolean isOperator() {
        return callerInRole.test("operator") || callerInRole.test("administrator");
    }
}
