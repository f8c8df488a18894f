package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.util.List;
import java.util.Optional;

/** VMS roles; every method needs the SECURITY administration area. */
@Local
public interface RoleService {

    List<RoleView> listRoles(String nameContains, PageRequest page);

    /** How many roles match {@code nameContains} across all pages. */
    long countRoles(String nameContains);

    Optional<RoleView> findRole(String roleId);

    RoleView createRole(RoleInput input);

    /** @throws ConflictException if {@code input.version()} is not the stored version */
    RoleView changeRole(String roleId, RoleInput input);

    void deleteRole(String roleId);
}
