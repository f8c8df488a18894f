package org.argusvms.recorder.protocol;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The protocol's enum settings as operators and JSON spell them: any case, surrounding blanks ignored. */
final class EnumNames {

    private EnumNames() {
    }

    /** The value named {@code text} ({@code udp}, {@code Secondary}, ...); empty for null or anything else. */
    static <E extends Enum<E>> Optional<E> parse(E[] values, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst();
    }
}
