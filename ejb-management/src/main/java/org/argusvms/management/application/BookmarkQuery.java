package org.argusvms.management.application;

import java.time.Instant;
import java.util.List;

/**
 * Which bookmarks to list: on these cameras (empty: every camera the caller may play back), overlapping
 * {@code from}–{@code to} (either may be null: unbounded), with {@code text} in the headline or description
 * (case-insensitive; null or blank: any).
 */
public record BookmarkQuery(List<String> cameraIds, Instant from, Instant to, String text) {

    public BookmarkQuery {
        cameraIds = cameraIds == null ? List.of() : List.copyOf(cameraIds);
    }
}
