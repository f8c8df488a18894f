package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.util.List;
import java.util.Optional;

/**
 * Maps: floor plans with cameras placed on them. Operators, administrators and anyone whose roles let them watch a camera live read them; administrators of the
 * CONFIGURATION area create, rename, delete them, upload their pictures and place cameras. A placement of a camera
 * the reader may not watch live is left out of what they read: a map never reveals such a camera.
 */
@Local
public interface MapService {

    /** Ordered by name. */
    List<MapDetails> listMaps(String nameContains, PageRequest page);

    long countMaps(String nameContains);

    Optional<MapDetails> findMap(String mapId);

    /** @throws ValidationException for a missing, invalid or taken name; nothing is stored then */
    MapDetails createMap(MapInput input);

    /** @throws ConflictException if {@code input.version()} is not the stored version */
    MapDetails renameMap(String mapId, MapInput input);

    /** @param expectedVersion null to delete whatever version is stored; otherwise a different one is a conflict */
    void deleteMap(String mapId, Long expectedVersion);

    /**
     * Replaces the plan's picture with {@code content}, a PNG or JPEG of at most 5 MB recognised by its bytes.
     *
     * @param expectedVersion null to replace whatever version is stored; otherwise a different one is a conflict
     * @throws ValidationException for anything else; nothing is stored then
     */
    MapDetails uploadImage(String mapId, byte[] content, Long expectedVersion);

    /** The picture of a map the caller may read; empty for an unknown map or one without picture. */
    Optional<MapImage> findImage(String mapId);

    /**
     * Replaces the placed cameras. Placements of cameras the caller may not watch live (which they never read) stay.
     *
     * @throws ValidationException for an unknown camera, a coordinate outside 0..1, a camera placed twice
     * @throws ConflictException   if {@code input.version()} is not the stored version
     */
    MapDetails placeCameras(String mapId, MapPlacementsInput input);
}
