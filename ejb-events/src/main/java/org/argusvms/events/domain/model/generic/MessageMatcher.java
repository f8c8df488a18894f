package org.argusvms.events.domain.model.generic;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled match expression. Regular expressions run against a deadline: an expression that backtracks
 * catastrophically on some message gives up (no match) instead of holding the delivery thread.
 */
public final class MessageMatcher {

    static final long REGEX_BUDGET_NANOS = 100_000_000L;

    private final MatchType type;
    private final String expression;
    private final boolean ignoreCase;
    private final Pattern pattern;

    /** @throws PatternSyntaxException if {@code type} is REGEX and the expression does not compile */
    public MessageMatcher(MatchType type, String expression, boolean ignoreCase) {
        this.type = Objects.requireNonNull(type);
        this.expression = Objects.requireNonNull(expression);
        this.ignoreCase = ignoreCase;
        this.pattern = type == MatchType.REGEX
                ? Pattern.compile(expression, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0)
                : null;
    }

    public boolean matches(String text) {
        return switch (type) {
            case EQUALS -> ignoreCase ? text.equalsIgnoreCase(expression) : text.equals(expression);
            case CONTAINS -> ignoreCase
                    ? text.toLowerCase(Locale.ROOT).contains(expression.toLowerCase(Locale.ROOT))
                    : text.contains(expression);
            case REGEX -> findWithinBudget(text);
        };
    }

    private boolean findWithinBudget(String text) {
        Matcher matcher = pattern.matcher(new DeadlineCharSequence(text, System.nanoTime() + REGEX_BUDGET_NANOS));
        try {
            return matcher.find();
        } catch (RegexTimeoutException e) {
            return false;
        }
    }

    /** Thrown from inside the regex engine when a match runs over its budget. */
    static final class RegexTimeoutException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RegexTimeoutException() {
            super("regular expression exceeded its time budget", null, false, false);
        }
    }

    /** The regex engine reads every character through charAt, which makes it the place to check the clock. */
    private record DeadlineCharSequence(CharSequence text, long deadlineNanos) implements CharSequence {

        @Override
        public char charAt(int index) {
            if (System.nanoTime() > deadlineNanos) {
                throw new RegexTimeoutException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new DeadlineCharSequence(text.subSequence(start, end), deadlineNanos);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
