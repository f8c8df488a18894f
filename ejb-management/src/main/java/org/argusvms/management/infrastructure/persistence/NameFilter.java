package org.argusvms.management.infrastructure.persistence;

import java.util.Locale;

/** The LIKE pattern of a case-insensitive "name contains" filter, with the wildcards of the user's text escaped. */
public final class NameFilter {

    static final char ESCAPE = '\\';

    private NameFilter() {
    }

    public static String containsPattern(String text) {
        String lower = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder("%");
        for (char c : lower.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
