package org.argusvms.management.application;

import java.io.Serializable;
import java.util.List;

public record RoleView(String id, String name, String description, List<String> claims, List<GrantView> grants,
                       List<String> adminAreas, long version) implements Serializable {
}
