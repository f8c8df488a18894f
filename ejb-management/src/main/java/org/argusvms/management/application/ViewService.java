package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.util.List;
import java.util.Optional;

/**
 * Views: saved live layouts. Everyone manages their own personal views; shared views are read by everyone and
 * created, changed or deleted by administrators of the CONFIGURATION area. Another user's personal view does not
 * exist for the caller (404), whoever they are.
 */
@Local
public interface ViewService {

    /** The caller's personal views and the shared views, ordered by name. */
    List<ViewDetails> listViews(String nameContains, PageRequest page);

    long countViews(String nameContains);

    Optional<ViewDetails> findView(String viewId);

    /**
     * @throws ValidationException for invalid input, including a camera that does not exist or that the caller may
     *                             not see; nothing is stored then
     */
    ViewDetails createView(ViewInput input);

    /**
     * Replaces name, sharing and layout. Tiles of cameras the caller may not watch (shown to them as restricted) stay
     * where they are unless the caller puts another camera on that tile or shrinks the grid.
     *
     * @throws ConflictException if {@code input.version()} is not the stored version
     */
    ViewDetails changeView(String viewId, ViewInput input);

    /** @param expectedVersion null to delete whatever version is stored; otherwise a different one is a conflict */
    void deleteView(String viewId, Long expectedVersion);
}
