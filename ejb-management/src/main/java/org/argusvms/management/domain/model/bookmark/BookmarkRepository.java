package org.argusvms.management.domain.model.bookmark;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface BookmarkRepository {

    /** What a list of bookmarks is filtered by; null {@code from}, {@code to} or {@code text} do not filter. */
    record Filter(Collection<String> cameraIds, Instant from, Instant to, String text) {
    }

    Optional<Bookmark> find(String id);

    /** Bookmarks on the filter's cameras whose range overlaps from–to and whose text contains it; newest first. */
    List<Bookmark> findPage(Filter filter, int offset, int limit);

    long count(Filter filter);

    void store(Bookmark bookmark);

    void remove(Bookmark bookmark);
}
