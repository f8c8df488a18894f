package org.argusvms.management.application;

import java.io.Serializable;
import java.util.List;

public record RoleView(String id, String name, String description, List<String> claims, List<GrantView> grants,
                       List<String> adminAreas, int ptzPriority, long version) implements Serializable {
}
