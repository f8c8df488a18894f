package org.argusvms.events.application.internal;

import org.argusvms.events.application.GenericEventDefinitionInput;
import org.argusvms.events.domain.model.generic.MatchType;
import org.argusvms.events.domain.model.generic.MessageMatcher;
import org.argusvms.management.application.ValidationException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks a generic-event definition field by field, so the first problem is reported next to its field. */
final class GenericEventDefinitionValidator {

    static final int MAX_NAME = 100;
    static final int MAX_EXPRESSION = 1000;
    /** IP literals only: a host name would make every check a DNS lookup, and senders are matched by address. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    /** The input with defaults applied, the match type parsed and the sender address in canonical form. */
    record Valid(String name, MatchType matchType, String expression, boolean ignoreCase, String sourceAddress,
                 boolean enabled) {
    }

    private GenericEventDefinitionValidator() {
    }

    static Valid validate(GenericEventDefinitionInput input) {
        if (input == null) {
            throw new ValidationException("body", "a generic event definition object is required");
        }
        String name = input.name();
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "name is required");
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException("name", "name must be at most " + MAX_NAME + " printable characters");
        }
        MatchType matchType = matchType(input.matchType());
        String expression = input.expression();
        if (expression == null || expression.isEmpty()) {
            throw new ValidationException("expression", "expression is required");
        }
        if (expression.length() > MAX_EXPRESSION) {
            throw new ValidationException("expression", "expression must be at most " + MAX_EXPRESSION + " characters");
        }
        boolean ignoreCase = Boolean.TRUE.equals(input.ignoreCase());
        try {
            new MessageMatcher(matchType, expression, ignoreCase);
        } catch (PatternSyntaxException e) {
            throw new ValidationException("expression", "expression is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex());
        }
        return new Valid(name.strip(), matchType, expression, ignoreCase, sourceAddress(input.sourceAddress()),
                input.enabled() == null || input.enabled());
    }

    private static MatchType matchType(String value) {
        if (value == null) {
            throw new ValidationException("matchType", "matchType is required: CONTAINS, EQUALS or REGEX");
        }
        try {
            return MatchType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("matchType", "matchType must be one of CONTAINS, EQUALS, REGEX");
        }
    }

    private static String sourceAddress(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (!IP_LITERAL.matcher(trimmed).matches()) {
            throw new ValidationException("sourceAddress", "sourceAddress must be an IPv4 or IPv6 address");
        }
        try {
            // a literal is parsed, never looked up; the canonical form is what the adapter reports for senders
            return InetAddress.getByName(trimmed).getHostAddress();
        } catch (UnknownHostException e) {
            throw new ValidationException("sourceAddress", "sourceAddress must be an IPv4 or IPv6 address");
        }
    }
}
