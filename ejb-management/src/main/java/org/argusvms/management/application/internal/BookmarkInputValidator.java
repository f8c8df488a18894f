package org.argusvms.management.application.internal;

import org.argusvms.management.application.BookmarkInput;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.bookmark.Bookmark;

import java.time.Duration;
import java.time.Instant;

/** Checks a bookmark field by field, naming the offending field; fills in the default range around the instant. */
final class BookmarkInputValidator {

    /** A validated bookmark: trimmed texts, a range containing the instant, no blank description. */
    record ValidBookmark(Instant at, Instant from, Instant to, String headline, String description) {
    }

    private BookmarkInputValidator() {
    }

    static ValidBookmark validate(BookmarkInput input) {
        if (input == null) {
            throw new ValidationException("body", "a bookmark object is required");
        }
        if (input.at() == null) {
            throw new ValidationException("at", "\"at\", the bookmarked instant, is required (ISO-8601 instant)");
        }
        Instant from = input.from() == null ? input.at().minus(Bookmark.DEFAULT_BEFORE) : input.from();
        Instant to = input.to() == null ? input.at().plus(Bookmark.DEFAULT_AFTER) : input.to();
        if (!to.isAfter(from)) {
            throw new ValidationException("to", "\"to\" must be after \"from\"");
        }
        if (input.at().isBefore(from) || input.at().isAfter(to)) {
            throw new ValidationException("at", "\"at\" must lie between \"from\" and \"to\"");
        }
        if (Duration.between(from, to).compareTo(Bookmark.MAX_LENGTH) > 0) {
            throw new ValidationException("to", "a bookmark may span at most " + Bookmark.MAX_LENGTH.toMinutes()
                    + " minutes; use an export or an evidence lock for longer ranges");
        }
        return new ValidBookmark(input.at(), from, to, headline(input.headline()), description(input.description()));
    }

    private static String headline(String headline) {
        String trimmed = headline == null ? "" : headline.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException("headline", "a headline is required");
        }
        if (trimmed.length() > Bookmark.MAX_HEADLINE_LENGTH) {
            throw new ValidationException("headline",
                    "the headline may have at most " + Bookmark.MAX_HEADLINE_LENGTH + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException("headline", "the headline must be one line of text");
        }
        return trimmed;
    }

    private static String description(String description) {
        String trimmed = description == null ? "" : description.strip();
        if (trimmed.length() > Bookmark.MAX_DESCRIPTION_LENGTH) {
            throw new ValidationException("description",
                    "the description may have at most " + Bookmark.MAX_DESCRIPTION_LENGTH + " characters");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
