package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.time.Instant;

/**
 * Grants the calling user access to a camera's recordings on its recorder after checking their right on the camera:
 * PLAYBACK to view recorded video in place, EXPORT to download it as a file. Every grant is audited.
 */
@Local
public interface RecordedMediaAccessService {

    /**
     * @throws NotFoundException if the camera does not exist or the caller may not see it
     * @throws jakarta.ejb.EJBAccessException if the caller lacks PLAYBACK on it
     */
    PlaybackAccess openPlayback(String cameraId);

    /**
     * @throws ValidationException if the range is missing, backwards or longer than 24 hours
     * @throws NotFoundException if the camera does not exist or the caller may not see it
     * @throws jakarta.ejb.EJBAccessException if the caller lacks EXPORT on it
     */
    ExportAccess openExport(String cameraId, Instant from, Instant to);
}
