package org.argusvms.management.domain.model.timeprofile;

import java.util.List;
import java.util.Optional;

public interface TimeProfileRepository {

    Optional<TimeProfile> find(String id);

    Optional<TimeProfile> findByName(String name);

    /** Ordered by name; {@code nameContains} ignores case, null for all. */
    List<TimeProfile> findPage(String nameContains, int offset, int limit);

    void store(TimeProfile profile);

    void remove(TimeProfile profile);
}
