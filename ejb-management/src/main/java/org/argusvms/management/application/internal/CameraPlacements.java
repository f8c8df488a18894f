package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.RecorderPlacement;
import org.argusvms.management.domain.model.camera.RecorderPlacementRepository;

import java.time.Instant;

/**
 * Keeps a camera's placement history in step with its recording server; called in the transaction that adds, moves
 * or deletes the camera, so history and camera never disagree.
 */
@ApplicationScoped
public class CameraPlacements {

    @Inject
    private RecorderPlacementRepository placements;

    /** A new camera: on its recorder from {@code at}. */
    void placed(Camera camera, Instant at) {
        placements.store(new RecorderPlacement(camera.id(), camera.recordingServer().id(), at));
    }

    /** The camera has just been given another recorder: the open placement ends and the new one starts at {@code at}. */
    void moved(Camera camera, Instant at) {
        placements.historyOf(camera.id()).current().ifPresent(current -> current.endAt(at));
        placed(camera, at);
    }

    void forget(String cameraId) {
        placements.removeHistoryOf(cameraId);
    }
}
