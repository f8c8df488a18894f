package org.argusvms.management.application.internal;

import org.argusvms.management.application.GrantView;
import org.argusvms.management.application.RoleView;
import org.argusvms.management.domain.model.role.RoleGrant;
import org.argusvms.management.domain.model.role.VmsRole;


final class RoleViews {

    private RoleViews() {
    }

    static RoleView of(VmsRole role) {
        return new RoleView(role.id(), role.name(), role.description(), role.claims().stream().sorted().toList(),
                role.grants().stream().map(RoleViews::of).toList(),
                role.adminAreas().stream().map(Enum::name).toList(), role.ptzPriority(), role.version());
    }

    private static GrantView of(RoleGrant grant) {
        return new GrantView(grant.scope().name(), grant.targetId(), grant.rights().stream().map(Enum::name).toList());
    }

}
