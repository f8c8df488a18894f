package org.argusvms.events.domain.model.generic;

/** How a generic-event definition's expression is compared with a message's text. */
public enum MatchType {
    /** The expression occurs somewhere in the text. */
    CONTAINS,
    /** The text is the expression, nothing more. */
    EQUALS,
    /** The Java regular expression is found in the text ({@link java.util.regex.Matcher#find}). */
    REGEX
}
