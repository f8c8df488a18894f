package org.argusvms.management.domain.model.camera;

/** The placement histories of cameras; written in the transaction that adds or moves the camera. */
public interface RecorderPlacementRepository {

    /** The camera's history; empty for an unknown camera. */
    PlacementHistory historyOf(String cameraId);

    void store(RecorderPlacement placement);

    /** Forgets the history of a deleted camera (its recordings are no longer reachable through Argus). */
    void removeHistoryOf(String cameraId);
}
