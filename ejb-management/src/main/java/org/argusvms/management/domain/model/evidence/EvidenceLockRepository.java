package org.argusvms.management.domain.model.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EvidenceLockRepository {

    Optional<EvidenceLock> find(String id);

    /** Newest first. */
    List<EvidenceLock> findByCameras(Collection<String> cameraIds);

    void store(EvidenceLock lock);

    void remove(EvidenceLock lock);
}
