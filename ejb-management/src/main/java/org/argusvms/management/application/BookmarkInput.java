package org.argusvms.management.application;

import java.time.Instant;

/**
 * What a client sends to create or change a bookmark. {@code from} and {@code to} may be left out: they default to
 * {@link org.argusvms.management.domain.model.bookmark.Bookmark#DEFAULT_BEFORE} before and
 * {@link org.argusvms.management.domain.model.bookmark.Bookmark#DEFAULT_AFTER} after {@code at}. A change names the
 * {@code version} it is based on and may not move the bookmark to another camera.
 */
public record BookmarkInput(String cameraId, Instant at, Instant from, Instant to, String headline,
                            String description, Long version) {
}
