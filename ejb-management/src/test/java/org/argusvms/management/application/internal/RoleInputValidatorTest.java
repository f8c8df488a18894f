package org.argusvms.management.application.internal;

import org.argusvms.management.application.GrantView;
import org.argusvms.management.application.RoleInput;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.CameraRight;
import org.argusvms.management.domain.model.role.GrantScope;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoleInputValidatorTest {

    private static final Set<String> EXISTING = Set.of("cam-1", "lobby");

    private static RoleInputValidator.ValidRole validate(RoleInput input) {
        return RoleInputValidator.validate(input, (scope, id) -> EXISTING.contains(id));
    }

    private static String refusedField(RoleInput input) {
        return assertThrows(ValidationException.class, () -> validate(input)).field();
    }

    @Test
    void aCompleteRoleIsAcceptedWithRightsNamedInAnyCase() {
        RoleInputValidator.ValidRole role = validate(new RoleInput(" Guards ", "lobby watch", List.of("guard"),
                List.of(new GrantView("device_group", "lobby", List.of("live", "PLAYBACK"))), List.of("system_monitor"), 5000, null));

        assertEquals("Guards", role.name());
        assertEquals(Set.of("guard"), role.claims());
        assertEquals(GrantScope.DEVICE_GROUP, role.grants().get(0).scope());
        assertEquals(EnumSet.of(CameraRight.LIVE, CameraRight.PLAYBACK), role.grants().get(0).rights());
        assertEquals(EnumSet.of(AdminArea.SYSTEM_MONITOR), role.adminAreas());
        assertEquals(5000, role.ptzPriority());
    }

    @Test
    void badFieldsAreRefusedByName() {
        assertEquals("body", refusedField(null));
        assertEquals("name", refusedField(new RoleInput(" ", null, null, null, null, null, null)));
        assertEquals("claims", refusedField(new RoleInput("R", null, List.of("two words"), null, null, null, null)));
        assertEquals("grants.scope", refusedField(new RoleInput("R", null, null,
                List.of(new GrantView("SITE", null, List.of("LIVE"))), null, null, null)));
        assertEquals("grants.rights", refusedField(new RoleInput("R", null, null,
                List.of(new GrantView("ALL", null, List.of("FLY"))), null, null, null)));
        assertEquals("grants.rights", refusedField(new RoleInput("R", null, null,
                List.of(new GrantView("ALL", null, List.of())), null, null, null)));
        assertEquals("adminAreas", refusedField(new RoleInput("R", null, null, null, List.of("EVERYTHING"), null, null)));
    }

    @Test
    void aPtzPriorityIsOneTo32000OrLeftOut() {
        assertEquals("ptzPriority", refusedField(new RoleInput("R", null, null, null, null, 0, null)));
        assertEquals("ptzPriority", refusedField(new RoleInput("R", null, null, null, null, 32_001, null)));
        assertEquals(1, validate(new RoleInput("R", null, null, null, null, 1, null)).ptzPriority());
        assertEquals(32_000, validate(new RoleInput("R", null, null, null, null, 32_000, null)).ptzPriority());
        assertEquals(null, validate(new RoleInput("R", null, null, null, null, null, null)).ptzPriority(),
                "left out: the role's own priority (or the default for a new role) stays");
    }

    @Test
    void grantTargetsMustExistAndAllCamerasTakesNone() {
        assertEquals("grants.targetId", refusedField(new RoleInput("R", null, null,
                List.of(new GrantView("CAMERA", "cam-404", List.of("LIVE"))), null, null, null)));
        assertEquals("grants.targetId", refusedField(new RoleInput("R", null, null,
                List.of(new GrantView("CAMERA", null, List.of("LIVE"))), null, null, null)));
        assertEquals("grants.targetId", refusedField(new RoleInput("R", null, null,
                List.of(new GrantView("ALL", "cam-1", List.of("LIVE"))), null, null, null)));
    }
}
