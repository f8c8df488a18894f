package org.argusvms.management.application;

import org.argusvms.management.domain.model.bookmark.Bookmark;

import java.io.Serializable;
import java.time.Instant;

public record BookmarkView(String id, String cameraId, Instant at, Instant from, Instant to, String headline,
                           String description, String createdBy, Instant createdAt, long version)
        implements Serializable {

    public static BookmarkView of(Bookmark bookmark) {
        return new BookmarkView(bookmark.id(), bookmark.cameraId(), bookmark.at(), bookmark.from(), bookmark.to(),
                bookmark.headline(), bookmark.description(), bookmark.createdBy(), bookmark.createdAt(),
                bookmark.version());
    }
}
