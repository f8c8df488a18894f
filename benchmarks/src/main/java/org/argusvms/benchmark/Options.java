package org.argusvms.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options {@code --name value}; an option nobody asked for is an error, so typos do not go unnoticed. */
final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> read = new HashSet<>();

    Options(List<String> args) {
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!name.startsWith("--") || i + 1 >= args.size()) {
                throw new IllegalArgumentException("expected --option value, got " + String.join(" ", args.subList(i, args.size())));
            }
            values.put(name.substring(2), args.get(i + 1));
        }
    }

    String text(String name, String fallback) {
        read.add(name);
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    Path path(String name, String fallback) {
        String value = text(name, fallback);
        return value == null ? null : Path.of(value);
    }

    List<Integer> integers(String name, String fallback) {
        return Arrays.stream(text(name, fallback).split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** Fails on any option that no getter asked for. */
    void requireAllUsed() {
        Set<String> unknown = new HashSet<>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", unknown));
        }
    }
}
