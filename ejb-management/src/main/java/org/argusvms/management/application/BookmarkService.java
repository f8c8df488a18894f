package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.util.List;

/**
 * Bookmarks on recorded video. Reading and creating a camera's bookmarks needs PLAYBACK on it; a bookmark on a camera
 * the caller may not play back does not exist for them (404). The creator changes and deletes their own bookmarks
 * with PLAYBACK; someone else's also need CONFIGURATION administration. Every change is audited.
 */
@Local
public interface BookmarkService {

    /** A page of the matching bookmarks, newest instant first. */
    List<BookmarkView> list(BookmarkQuery query, PageRequest page);

    long count(BookmarkQuery query);

    /** @throws NotFoundException if there is no such bookmark on a camera the caller may play back */
    BookmarkView get(String bookmarkId);

    /**
     * @throws ValidationException for invalid input; nothing is stored then
     * @throws NotFoundException if the camera does not exist or the caller may not see it
     * @throws jakarta.ejb.EJBAccessException without PLAYBACK on the camera
     */
    BookmarkView create(BookmarkInput input);

    /**
     * Replaces instant, range, headline and description.
     *
     * @throws ConflictException if {@code input.version()} is not the stored version
     * @throws jakarta.ejb.EJBAccessException for someone else's bookmark without CONFIGURATION administration
     */
    BookmarkView change(String bookmarkId, BookmarkInput input);

    /** @param expectedVersion null to delete whatever version is stored; otherwise a different one is a conflict */
    void delete(String bookmarkId, Long expectedVersion);
}
