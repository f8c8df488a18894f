package org.argusvms.management.domain.model.hardware;

import java.util.List;
import java.util.Optional;

public interface HardwareRepository {

    Optional<Hardware> find(String id);

    /** All hardware by recorder, then name. */
    List<Hardware> findAll();

    void store(Hardware hardware);

    void remove(Hardware hardware);
}
