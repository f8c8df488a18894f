package org.argusvms.management.application;

import java.util.List;

/** A role as an administrator defines it; {@code version} is required when changing an existing role. */
public record RoleInput(String name, String description, List<String> claims, List<GrantView> grants,
                        List<String> adminAreas, Long version) {
}
