package org.argusvms.management.domain.model.role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Small sets of enum constants stored as one comma-separated column ("LIVE,PLAYBACK"): the sets are read whole and
 * never queried by member, so a collection table would only cost joins. Kept as a plain string in the entity (no
 * attribute converter on a collection-typed field, which JPA providers treat differently). Unknown names, from a newer
 * version, are skipped rather than failing the whole row.
 */
final class EnumNames {

    private EnumNames() {
    }

    static String join(Set<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parse(Class<E> type, String column) {
        Set<E> values = EnumSet.noneOf(type);
        if (column == null) {
            return values;
        }
        Arrays.stream(column.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .forEach(name -> Arrays.stream(type.getEnumConstants())
                        .filter(constant -> constant.name().equals(name)).findFirst().ifPresent(values::add));
        return values;
    }
}
