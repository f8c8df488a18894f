package org.argusvms.management.domain.model.role;

import java.util.List;
import java.util.Optional;

public interface DeviceGroupRepository {

    Optional<DeviceGroup> find(String id);

    Optional<DeviceGroup> findByName(String name);

    List<DeviceGroup> findContaining(String cameraId);

    /** Ordered by name; {@code nameContains} null or blank for all. */
    List<DeviceGroup> findPage(String nameContains, int offset, int limit);

    long count(String nameContains);

    void store(DeviceGroup group);

    void remove(DeviceGroup group);
}
