package org.argusvms.management.application;

import jakarta.ejb.Local;

/** Grants the calling user access to live video after checking their right on the camera. */
@Local
public interface LiveAccessService {

    /**
     * @throws NotFoundException if the camera does not exist
     * @throws jakarta.ejb.EJBAccessException if the caller may not watch it
     */
    LiveStreamAccess openLive(String cameraId);
}
