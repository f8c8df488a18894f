package org.argusvms.events.domain.model.rule;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with {@code ${name}} placeholders filled from a rule's trigger ({@code ${event.message}},
 * {@code ${rule.name}}, ...). Values are inserted literally in one pass, so a value that itself contains
 * {@code ${...}} is never expanded; an unknown placeholder becomes empty. For one-line targets (e-mail subjects, log
 * categories) line breaks and other control characters in values become spaces, so a value cannot inject headers.
 */
public final class MessageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");
    private static final Pattern PLACEHOLDER_LIKE = Pattern.compile("\\$\\{[^}]*}?");

    private MessageTemplate() {
    }

    /** Multi-line text (e-mail bodies, log messages): values keep their line breaks. */
    public static String render(String template, Map<String, String> values) {
        return substitute(template, values, false);
    }

    /** One line: control characters of values and of the template become spaces. */
    public static String renderLine(String template, Map<String, String> values) {
        return toOneLine(substitute(template, values, true));
    }

    /** True if every {@code ${...}} in the text is a well-formed placeholder. */
    public static boolean isWellFormed(String template) {
        String withoutPlaceholders = PLACEHOLDER.matcher(template).replaceAll("");
        return !PLACEHOLDER_LIKE.matcher(withoutPlaceholders).find();
    }

    private static String substitute(String template, Map<String, String> values, boolean oneLine) {
        if (template == null) {
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(result, Matcher.quoteReplacement(oneLine ? toOneLine(value) : value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String toOneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.toString();
    }
}
