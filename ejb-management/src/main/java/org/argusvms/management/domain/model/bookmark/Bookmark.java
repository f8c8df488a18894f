package org.argusvms.management.domain.model.bookmark;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An instant of one camera's recordings that an operator marked with a headline, so that they and others find it
 * again: on the timeline, in lists, by text. The range {@code from}–{@code to} around the instant is the part of the
 * recording the bookmark is about (what an export of the bookmark would cover). Bookmarks do not protect recordings
 * from deletion; evidence locks do.
 */
@Entity
@Table(name = "bookmark")
public class Bookmark {

    public static final int MAX_HEADLINE_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    /** A bookmark marks a moment, not a shift: longer ranges are exports or evidence locks. */
    public static final Duration MAX_LENGTH = Duration.ofHours(1);
    /** The range a bookmark covers when the client names only the instant (XProtect's pre-/post-bookmark time). */
    public static final Duration DEFAULT_BEFORE = Duration.ofSeconds(10);
    public static final Duration DEFAULT_AFTER = Duration.ofSeconds(20);

    @Id
    private String id;

    @Column(name = "camera_id", nullable = false)
    private String cameraId;

    @Column(name = "at_time", nullable = false)
    private Instant at;

    @Column(name = "from_time", nullable = false)
    private Instant from;

    @Column(name = "to_time", nullable = false)
    private Instant to;

    @Column(nullable = false, length = MAX_HEADLINE_LENGTH)
    private String headline;

    @Column(length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Bookmark() {
    }

    public Bookmark(String id, String cameraId, String createdBy, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.cameraId = Objects.requireNonNull(cameraId);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * Sets what the bookmark says and covers.
     *
     * @throws IllegalArgumentException if the instant is outside the range, the range is empty or too long, or the
     *                                  headline is blank or too long
     */
    public void mark(Instant at, Instant from, Instant to, String headline, String description) {
        if (from.isAfter(at) || to.isBefore(at) || !to.isAfter(from)) {
            throw new IllegalArgumentException("the range must contain the instant and not be empty");
        }
        if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("a bookmark may span at most " + MAX_LENGTH);
        }
        if (headline == null || headline.isBlank() || headline.length() > MAX_HEADLINE_LENGTH) {
            throw new IllegalArgumentException("a headline of 1 to " + MAX_HEADLINE_LENGTH + " characters is required");
        }
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("the description is too long");
        }
        this.at = at;
        this.from = from;
        this.to = to;
        this.headline = headline;
        this.description = description;
    }

    /** The creator edits their own bookmarks; others' need more than the PLAYBACK right (see the service). */
    public boolean isCreatedBy(String userName) {
        return createdBy.equals(userName);
    }

    public String id() {
        return id;
    }

    public String cameraId() {
        return cameraId;
    }

    public Instant at() {
        return at;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public String headline() {
        return headline;
    }

    public String description() {
        return description;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
