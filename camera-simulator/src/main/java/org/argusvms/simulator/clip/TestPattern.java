package org.argusvms.simulator.clip;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** ffmpeg lavfi test sources, so that simulated cameras look different from each other. */
public enum TestPattern {
    TESTSRC2("testsrc2"),
    SMPTEBARS("smptebars"),
    TESTSRC("testsrc"),
    MANDELBROT("mandelbrot"),
    LIFE("life"),
    RGBTESTSRC("rgbtestsrc");

    private final String lavfiSource;

    TestPattern(String lavfiSource) {
        this.lavfiSource = lavfiSource;
    }

    public String lavfiSource() {
        return lavfiSource;
    }

    public static TestPattern parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(pattern -> pattern.lavfiSource.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pattern '" + name + "'; choose one of "
                        + Arrays.stream(values()).map(TestPattern::lavfiSource).collect(Collectors.joining(", "))));
    }
}
