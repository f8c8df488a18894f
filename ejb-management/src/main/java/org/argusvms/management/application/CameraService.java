package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.util.List;
import java.util.Optional;

/** Camera configuration use cases of the management server. */
@Local
public interface CameraService {

    List<CameraView> listCameras();

    Optional<CameraView> findCamera(String cameraId);

    /**
     * Validates and stores the camera, then pushes it to its recorder through the resource adapter.
     *
     * @throws ValidationException with a field-level message if the input is invalid; nothing is stored then
     * @throws NotFoundException if the named recorder does not exist; nothing is stored then
     */
    CameraView addCamera(NewCamera camera);

    /** Deletes the camera's configuration and tells its recorder to stop; recorded media stays. */
    void removeCamera(String cameraId);
}
