package org.argusvms.management.application.internal;

import org.argusvms.management.application.ValidationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** The field rules shared by administrator input: names, descriptions, enum names. */
final class NamedObjectInput {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 1000;

    private NamedObjectInput() {
    }

    /** The trimmed name; refuses a missing, overlong or control-character name. */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "name is required");
        }
        String trimmed = name.trim();
        if (trimmed.length() > MAX_NAME || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException("name", "name must be at most " + MAX_NAME + " printable characters");
        }
        return trimmed;
    }

    static String description(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new ValidationException("description", "description must be at most " + MAX_DESCRIPTION + " characters");
        }
        return description.trim();
    }

    /** One constant of {@code type}, named case-insensitively; the error lists what is allowed. */
    static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        Function<String, E> parse = text -> Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        try {
            if (value != null) {
                return parse.apply(value);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ValidationException(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    static void requireVersion(Long version) {
        if (version == null) {
            throw new ValidationException("version", "version is required: send the version of the object you changed");
        }
    }
}
