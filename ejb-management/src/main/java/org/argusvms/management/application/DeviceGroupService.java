package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.util.List;
import java.util.Optional;

/** Device groups; every method needs the CONFIGURATION administration area. */
@Local
public interface DeviceGroupService {

    List<DeviceGroupView> listGroups(String nameContains, PageRequest page);

    /** How many groups match {@code nameContains} across all pages. */
    long countGroups(String nameContains);

    Optional<DeviceGroupView> findGroup(String groupId);

    DeviceGroupView createGroup(DeviceGroupInput input);

    /** @throws ConflictException if {@code input.version()} is not the stored version */
    DeviceGroupView changeGroup(String groupId, DeviceGroupInput input);

    /** Deletes the group and every grant on it; the cameras stay. */
    void deleteGroup(String groupId);
}
