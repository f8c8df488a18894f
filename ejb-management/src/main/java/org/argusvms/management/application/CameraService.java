package org.argusvms.management.application;

import jakarta.ejb.Local;
import org.argusvms.recorder.protocol.RecordingMode;

import java.util.List;
import java.util.Optional;

/** Camera configuration use cases of the management server. */
@Local
public interface CameraService {

    /** The cameras the caller may see (LIVE or PLAYBACK). */
    List<CameraView> listCameras();

    /** Empty for a camera that does not exist and for one the caller may not see: its existence is not revealed. */
    Optional<CameraView> findCamera(String cameraId);

    /**
     * Validates and stores the camera, then pushes it to its recorder through the resource adapter.
     *
     * @throws ValidationException with a field-level message if the input is invalid; nothing is stored then
     * @throws NotFoundException if the named recorder does not exist; nothing is stored then
     */
    CameraView addCamera(NewCamera camera);

    /**
     * Validates like {@link #addCamera}, stores the change and pushes it to the camera's recorder.
     *
     * @throws ConflictException if {@code change.version()} is not the stored version (someone changed it meanwhile)
     * @throws NotFoundException if the camera or the named recorder does not exist
     */
    CameraView updateCamera(String cameraId, CameraChange change);

    /**
     * Starts or stops recording: stores the camera's new recording mode and pushes it to its recorder, keeping the
     * rest of its configuration (integrators switch recording without reading or resending credentials).
     *
     * @throws AccessDeniedException without CONFIGURATION, whether or not the camera exists
     * @throws NotFoundException if the camera does not exist
     */
    CameraView changeRecordingMode(String cameraId, RecordingMode mode);

    /**
     * Moves the camera to another recording server from now on (docs/design/move-hardware.md): the new recorder is
     * given the camera, the old one told to stop recording it but keeps its recordings, which stay playable there;
     * the placement history records when the camera changed recorder.
     *
     * @throws ValidationException if no or an unknown recording server is named, or the camera is already on it
     * @throws ConflictException if {@code move.version()} is not the stored version
     * @throws NotFoundException if the camera does not exist
     * @throws RecorderUnavailableException if the new recorder is offline or does not take the camera; nothing moved
     */
    CameraView moveCamera(String cameraId, CameraMove move);

    /** Deletes the camera's configuration and tells its recorder to stop; recorded media stays. */
    void removeCamera(String cameraId);
}
