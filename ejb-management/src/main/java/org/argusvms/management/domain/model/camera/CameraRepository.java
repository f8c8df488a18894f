package org.argusvms.management.domain.model.camera;

import java.util.List;
import java.util.Optional;

public interface CameraRepository {

    Optional<Camera> find(String id);

    Optional<Camera> findByName(String name);

    List<Camera> findAll();

    List<Camera> findByRecordingServer(String recordingServerId);

    /** The camera devices of a piece of hardware, by channel. */
    List<Camera> findByHardware(String hardwareId);

    void store(Camera camera);

    void remove(Camera camera);
}
