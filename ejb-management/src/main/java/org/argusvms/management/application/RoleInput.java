package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;

import java.util.List;

/**
 * A role as an administrator defines it; {@code version} is required when changing an existing role.
 * {@code ptzPriority} (1..32000, higher wins) may be left out: a new role then gets the default 3000, a changed one
 * keeps its own, so clients that do not know the field do not reset it.
 */
public record RoleInput(String name, String description, List<String> claims, List<GrantView> grants,
                        List<String> adminAreas,
                        @JsonbTypeDeserializer(StrictIntegerDeserializer.class) Integer ptzPriority, Long version) {
}
