package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.util.List;

/** Evidence locks: ranges of recordings kept from deletion, taken and released on the camera's recorder. */
@Local
public interface EvidenceLockService {

    /**
     * Stores the lock and takes it on the camera's recorder; if the recorder cannot be reached nothing is stored.
     *
     * @throws ValidationException for a missing, backwards or too long range or a blank reason
     * @throws NotFoundException if the camera does not exist or the caller may not see it
     * @throws jakarta.ejb.EJBAccessException without EVIDENCE_LOCK on the camera
     * @throws RecorderUnavailableException if the recorder did not take the lock
     */
    EvidenceLockView lock(NewEvidenceLock lock);

    /** Locks on the cameras the caller may see, newest first. */
    List<EvidenceLockView> list();

    /**
     * Releases the lock on the recorder and forgets it.
     *
     * @throws NotFoundException if there is no such lock on a camera the caller may see
     * @throws jakarta.ejb.EJBAccessException without EVIDENCE_LOCK on its camera
     * @throws RecorderUnavailableException if the recorder did not release it (then it is kept)
     */
    void release(String lockId);
}
