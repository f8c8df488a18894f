package org.argusvms.management.application.internal;

import org.argusvms.management.application.GrantView;
import org.argusvms.management.application.RoleInput;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.CameraRight;
import org.argusvms.management.domain.model.role.GrantScope;
import org.argusvms.management.domain.model.role.RoleGrant;
import org.argusvms.management.domain.model.role.VmsRole;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Checks a role definition field by field and turns it into domain values. Grant targets are checked for existence
 * through {@code targetExists}, so a grant never points at a camera or group that is not there.
 */
final class RoleInputValidator {

    static final int MAX_CLAIMS = 50;
    static final int MAX_CLAIM = 200;
    static final int MAX_GRANTS = 500;

    /** A validated role definition; {@code ptzPriority} null when not given (the role's own, or the default, stays). */
    record ValidRole(String name, String description, Set<String> claims, List<RoleGrant> grants, Set<AdminArea> adminAreas,
                     Integer ptzPriority) {
    }

    private RoleInputValidator() {
    }

    static ValidRole validate(RoleInput input, BiPredicate<GrantScope, String> targetExists) {
        if (input == null) {
            throw new ValidationException("body", "a role object is required");
        }
        return new ValidRole(NamedObjectInput.name(input.name()), NamedObjectInput.description(input.description()),
                claims(input.claims()), grants(input.grants(), targetExists), adminAreas(input.adminAreas()),
                ptzPriority(input.ptzPriority()));
    }

    private static Integer ptzPriority(Integer priority) {
        if (priority != null && (priority < VmsRole.MIN_PTZ_PRIORITY || priority > VmsRole.MAX_PTZ_PRIORITY)) {
            throw new ValidationException("ptzPriority", "ptzPriority must be a whole number from "
                    + VmsRole.MIN_PTZ_PRIORITY + " (lowest) to " + VmsRole.MAX_PTZ_PRIORITY + " (highest)");
        }
        return priority;
    }

    private static Set<String> claims(List<String> claims) {
        Set<String> valid = new LinkedHashSet<>();
        if (claims == null) {
            return valid;
        }
        if (claims.size() > MAX_CLAIMS) {
            throw new ValidationException("claims", "a role may list at most " + MAX_CLAIMS + " claims");
        }
        for (String claim : claims) {
            if (claim == null || claim.isBlank() || claim.length() > MAX_CLAIM
                    || claim.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw new ValidationException("claims",
                        "each claim must be a realm role name of 1 to " + MAX_CLAIM + " characters without spaces");
            }
            valid.add(claim);
        }
        return valid;
    }

    private static List<RoleGrant> grants(List<GrantView> grants, BiPredicate<GrantScope, String> targetExists) {
        List<RoleGrant> valid = new ArrayList<>();
        if (grants == null) {
            return valid;
        }
        if (grants.size() > MAX_GRANTS) {
            throw new ValidationException("grants", "a role may have at most " + MAX_GRANTS + " grants");
        }
        for (GrantView grant : grants) {
            if (grant == null) {
                throw new ValidationException("grants", "a grant must be an object");
            }
            GrantScope scope = NamedObjectInput.constant(GrantScope.class, grant.scope(), "grants.scope");
            String target = grant.targetId();
            if (scope == GrantScope.ALL && target != null) {
                throw new ValidationException("grants.targetId", "a grant on ALL cameras takes no targetId");
            }
            if (scope != GrantScope.ALL && (target == null || !targetExists.test(scope, target))) {
                throw new ValidationException("grants.targetId",
                        "grants.targetId must name an existing " + (scope == GrantScope.CAMERA ? "camera" : "device group"));
            }
            Set<CameraRight> rights = EnumSet.noneOf(CameraRight.class);
            if (grant.rights() == null || grant.rights().isEmpty()) {
                throw new ValidationException("grants.rights", "a grant needs at least one right");
            }
            grant.rights().forEach(right -> rights.add(NamedObjectInput.constant(CameraRight.class, right, "grants.rights")));
            valid.add(new RoleGrant(scope, target, rights));
        }
        return valid;
    }

    private static Set<AdminArea> adminAreas(List<String> areas) {
        Set<AdminArea> valid = EnumSet.noneOf(AdminArea.class);
        if (areas != null) {
            areas.forEach(area -> valid.add(NamedObjectInput.constant(AdminArea.class, area, "adminAreas")));
        }
        return valid;
    }
}
