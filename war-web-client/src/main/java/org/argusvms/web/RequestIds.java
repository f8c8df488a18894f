package org.argusvms.web;

import java.util.Optional;

/** The ids the pages send (cameras, definitions): checked before they reach an EJB, a log line or a message. */
public final class RequestIds {

    public static final int MAX_LENGTH = 128;

    private RequestIds() {
    }

    /** A usable id, or empty for a missing, blank, oversized or control-character-laden value. */
    public static Optional<String> of(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH
                || value.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
