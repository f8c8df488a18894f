package org.argusvms.management.domain.model.ptz;

import java.util.Optional;

/**
 * The PTZ sessions shared by every node: compare-and-set writes, so that of two nodes writing a camera's session
 * from the same read only one succeeds and the other reads again. Each call is its own transaction, committed at
 * once: a session must stand even when the command's own transaction then fails, and no lock is held while a
 * recorder carries the command out.
 */
public interface PtzSessionRepository {

    Optional<StoredPtzSession> find(String cameraId);

    /** Stores the camera's first session (version 0); false if another node stored one first. */
    boolean insert(StoredPtzSession session);

    /** Replaces the session read at {@code readVersion} (version + 1); false if it changed since. */
    boolean replace(StoredPtzSession session, long readVersion);

    /** Deletes the session read at {@code readVersion}; false if it changed since. */
    boolean delete(String cameraId, long readVersion);
}
