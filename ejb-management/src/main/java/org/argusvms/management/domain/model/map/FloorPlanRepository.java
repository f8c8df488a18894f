package org.argusvms.management.domain.model.map;

import java.util.List;
import java.util.Optional;

public interface FloorPlanRepository {

    Optional<FloorPlan> find(String id);

    /** Ordered by name; {@code nameContains} may be null. */
    List<FloorPlan> findPage(String nameContains, int offset, int limit);

    long count(String nameContains);

    Optional<FloorPlan> findByName(String name);

    Optional<FloorPlanPicture> findPicture(String planId);

    void store(FloorPlan plan);

    void storePicture(FloorPlanPicture picture);

    /** Removes the plan and its picture. */
    void remove(FloorPlan plan);
}
