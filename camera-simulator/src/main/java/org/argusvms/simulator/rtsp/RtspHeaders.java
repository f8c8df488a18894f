package org.argusvms.simulator.rtsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Request headers; names are case-insensitive, as in HTTP. */
final class RtspHeaders {

    private final Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    void add(String name, String value) {
        values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }

    Optional<String> first(String name) {
        return all(name).stream().findFirst();
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    int size() {
        return values.values().stream().mapToInt(List::size).sum();
    }
}
